"""Organisation names: found by their suffix, cut at name stops, generic ones left out, and
expanded to the fullest form the article writes."""

import pytest

from extract.organisation import as_written, contractions, core, fullest, is_proper, organisations
from extract.segment import matching_view


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("赣州瑞岭科技有限公司成立于2017年。", ["赣州瑞岭科技有限公司"]),
        ("2022年,章贡区帮助赣州瑞岭科技有限公司获得贷款600万元。", ["赣州瑞岭科技有限公司"]),
        ("南康区支持赣州云梯数据科技有限公司申请专利45件。", ["赣州云梯数据科技有限公司"]),
        ("记者从赣州瑞岭科技有限公司了解到,公司新增专利16件。", ["赣州瑞岭科技有限公司"]),
        ("位于宁都县的赣州澄川环保科技有限公司(下称“澄川环保”)是一家高新技术企业。", ["赣州澄川环保科技有限公司"]),
        ("高新技术企业赣州恒澜新材料科技股份有限公司实现营收3亿元。", ["赣州恒澜新材料科技股份有限公司"]),
        ("南昌航空大学自动化学院与赣州银行签约。", ["南昌航空大学自动化学院", "赣州银行"]),
        ("投资45亿元的赣州(中德)应用技术大学正在加紧建设。", ["赣州(中德)应用技术大学"]),
        ("章贡区设立了首期规模为5000万元的“章江青创科技种子投资基金”。", ["章江青创科技种子投资基金"]),
        ("南康区科技天使基金累计投资项目9个。", ["南康区科技天使基金"]),
        # a body's name ends before its head's title, which the dictionary may make one word with its suffix
        ("平利县第二人民医院院长说,该院新增床位120张。星河农商银行行长说。", ["平利县第二人民医院", "星河农商银行"]),
        # a preposition or a forecast opens no name (`据` of `据赣房研究院`, `预计` of `预计公司`)
        ("据赣房研究院数据,1-8月百强房企销售额下降35%。预计公司全年销售额600亿元。", ["赣房研究院"]),
        # nor does a report's formal opening, or a preposition of one character (`以`)
        ("现将学校2024年度工作情况报告如下。注:本表数据以公司年报为准。", []),
        # a class of schools by size is no name, nor a bank by the scheme it works with, nor a ranking
        ("全县仍有农村小规模学校38所,县风险补偿准备金合作银行6家,学校位列年度中国大学排名第142位。", []),
        # a verb before a quotation opens a predicate, no name's word
        ("星河食品采取“龙头企业+基地”模式,带动农户3000户。", []),
        # a facility with a proper name; a phase of one is none (`二期工厂`)
        ("星河汽车上海超级工厂年产能超过95万辆。", ["星河汽车上海超级工厂"]),
        ("公司追加投资4500万元建设二期工厂。", []),
        # a scenic area or a shopping district with a proper name owns its figures; one of a kind names none,
        # and a firm before it keeps its name
        (
            "橘子洲景区接待游客103万人次,小寨商圈客流量286万人次,灵隐景区45万人次。",
            ["橘子洲景区", "小寨商圈", "灵隐景区"],
        ),
        ("全市旅游景区接待游客500万人次,核心商圈客流量320万人次。", []),
        # an industrial cluster zone with a proper name too, not a class of them
        ("平利滨江产业集聚区实现产值80亿元,全省各产业集聚区产值增长8%。", ["平利滨江产业集聚区"]),
        # one opened by the short name of a district the text names, whatever jieba tags it (`平定` an adjective)
        ("平定县文旅局介绍,平定娘子关景区接待游客26万人次。", ["平定娘子关景区"]),
        # or by the short name of the one district it names, no ordinary word, unnamed in full (`砚山` a noun)
        ("砚山水库总库容1.2亿立方米,光明公园游客50万人次。", ["砚山水库"]),
        # ... not a district's whose full name is a common noun first (`老城区`, an old town)
        ("西安市推进老城区有机更新。国庆期间,老城商圈客流量达12万人次。", []),
        # so do a museum, a tunnel, a bridge and a hydropower station; not those of a kind
        (
            "秦岭博物院接待观众210万人次,二郎山隧道掘进8.6公里,苏通大桥日均车流量8万辆,两河口水电站年发电量110亿千瓦时。",
            ["秦岭博物院", "二郎山隧道", "苏通大桥", "两河口水电站"],
        ),
        ("全省新建公路隧道32座、特大桥梁5座,全市博物馆接待观众800万人次。", []),
        # a park with a proper name; a kind of park, or a figure per head of parks, names none
        ("深圳湾公园接待游客2200万人次,全市新建口袋公园30个,人均公园绿地面积15.1平方米。", ["深圳湾公园"]),
        # a name transliterated in parts joined by a hyphen or a middle dot
        ("梅赛德斯-奔驰集团营收增长2%,罗尔斯·罗伊斯公司交付汽车6000辆。", ["梅赛德斯-奔驰集团", "罗尔斯·罗伊斯公司"]),
        ("星岚科技股份有限公司旅游景区接待游客2万人次。", ["星岚科技股份有限公司"]),
        # an airport named by a word of any tag (`首都`, `大兴`)
        ("首都机场旅客吞吐量5288万人次,大兴机场3941万人次。", ["首都机场", "大兴机场"]),
        # not a place a longer word holds from its start (`北京大学`), but one a word runs into (`橘子洲`)
        ("三甲医院北京大学人民医院门诊量300万人次。", ["北京大学人民医院"]),
        # a railway administration is a firm, not a government body of its city
        ("春运期间,南昌铁路局累计发送旅客1230万人次。", ["南昌铁路局"]),
        ("章贡区引进了中国科学院赣江创新研究院。", ["中国科学院赣江创新研究院"]),
        ("南康区设立风险补偿基金,合作银行已发放贷款6亿元。", []),
        # a suffix cut in two words (`科技/城`); a place whatever jieba tags it (`新余` an adverb)
        (
            "长春北湖科技城今年新增入驻项目54个，新余仙女湖科学城已聚集科研团队200多个。",
            ["长春北湖科技城", "新余仙女湖科学城"],
        ),
        # a place's members of a class the text counts: no one's name
        ("在年初5家合作银行的基础上增加到9家。吉安市合作银行发放贷款3亿元。", []),
        ("南康区科技天使基金累计投资项目9个。全市已有4个科技天使基金。", []),
        ("新建省级未来技术学院9个、省级市域产教联合体4个。", []),
        # a class its count opens, or the top of a class (`十大`): no one's name
        ("公司在新加坡有2座晶圆厂,在各地设有12家异地分行。", []),
        ("前十大晶圆代工厂中,星岚电子排名第四。", []),
        # a name that opens with a numeral and a measure word is a name (`三棵树`)
        ("三棵树涂料股份有限公司营收124亿元。", ["三棵树涂料股份有限公司"]),
        # a plant or a branch written by a modifier or a relative place alone is none
        ("全厂只有8个人,新厂投产后省外分行合计实现净利润2亿元。", []),
        # a place and a bare suffix stays a name, whatever the text counts
        ("全市已有3家银行参与。杭州银行发放贷款2亿元。", ["杭州银行"]),
        ("安吉县设立了8000万元规模的企业发展基金。", []),
        # a fund of a region's insurance is its pool, whatever words come before it
        ("鄞州区居民医保基金收入增长6%,集采为海曙区每年可节约医保基金0.8亿元。", []),
        ("眉山市城乡统筹发展基金投放资金12亿元。", ["眉山市城乡统筹发展基金"]),  # a fund set up, no pool
        # and so are its payouts by the care they pay for, but not a fund named for that care
        ("星河县域外住院基金支出占比41.2%,政策范围内门诊费用基金支付比例达到60%。", []),
        ("星河慈善总会大病住院基金今年救助患者1200人。", ["星河慈善总会大病住院基金"]),
        # the kinds of a facility's service or trade name none (`智慧`, `定点`, `林业`)
        ("推进智慧景区建设,全市定点医院增至86家,林业专业合作社210个。", []),
        # a parent firm described before its name (`上级公司`)
        ("其上级公司星河财产保险股份有限公司浙江分公司赔款2亿元。", ["星河财产保险股份有限公司浙江分公司"]),
        ("该公司眼下正在推进3条生产线建设。", []),
        # a name begins past a verb of having or commissioning, and past a stop glued to a word jieba does not know
        ("市发改委也有委托华东经济研究院进行评估。", ["华东经济研究院"]),
        ("宁波市云帆光电有限公司由奥格林投资管理有限公司控股。", ["宁波市云帆光电有限公司", "奥格林投资管理有限公司"]),
        # no clause word in a name: `归属于` is a set phrase of the dictionary
        ("公司实现营收8亿元,归属于上市公司股东的净利润1亿元。", []),
        # `与` joins two common nouns inside a name, not two names
        ("材料科学与工程学院获批32项,信息与通信工程学院获批27项。", ["材料科学与工程学院", "信息与通信工程学院"]),
        ("星河大学与赣州银行签约。", ["星河大学", "赣州银行"]),
        ("搭建政府与银行合作平台,推动企业与银行对接。", []),
        # `本` before a suffix points back, whatever jieba glued it to; not the end of a word (`日本`)
        ("非国际财务报告准则下本公司权益持有人应占盈利为人民币426亿元。", []),
        ("日本公司营收增长。", ["日本公司"]),
        # 归 (belonging to) opens no name: `集团可拨归公司股东` names no one
        ("期内,集团可拨归公司股东基础溢利为137.73亿港元。", []),
        # `和` joins a lone first character jieba left alone to the name, not two nouns or a pronoun
        ("信和置业有限公司(「信和置业」)今日公布年度业绩。", ["信和置业有限公司"]),
        ("坚持服务地方经济和学校发展,他和星河公司签约。", ["星河公司"]),
        # a bank's branch, named by its bank and region; no time word opens a name
        ("截至年末,建设银行江苏省分行科技贷款余额达3036亿元。", ["建设银行江苏省分行"]),
        ("公布了2023年度星河科创基金的评审结果。", ["星河科创基金"]),
        # a listed company by its stock code, and wherever named again
        ("星河科技前三季度盈利。10月20日晚间,星河科技(300123)发布三季报。", ["星河科技", "星河科技"]),
        ("据悉星岚电子（股票代码：600123）今日公告。", ["星岚电子"]),
        ("腾云控股(00700.HK)公布业绩。", ["腾云控股"]),
        ("《发展规划(2021)》印发。", []),
        ("市国资委转让星岚电子股份。", []),  # 股份 are shares
        ("星河软件园(100080)入驻企业30家。", []),  # a postcode, no stock code
        ("上市公司“星河电子”(300123)公告。", ["星河电子"]),  # past the suffix before it, without quotes
        ("星河科技(300123)公告。星河科技园入驻企业20家。", ["星河科技"]),  # not inside `科技园`
        # a word that only describes a firm opens no name
        ("龙头企业星河精密股份有限公司营收12亿元。", ["星河精密股份有限公司"]),
        ("领先的在线教育平台星澜科技有限公司公布业绩。", ["星澜科技有限公司"]),
        ("宜丰县绿源蔬菜种植专业合作社带动农户263户。", ["宜丰县绿源蔬菜种植专业合作社"]),  # a cooperative
        # a verb that brings a firm in or acts together with a body opens no name
        ("星岚街道引入星河康养有限公司,建成食堂3个。", ["星河康养有限公司"]),
        ("区金融办会同辖区银行建立快速止付机制。", []),
        ("全市共有学校2163所(不含技工学校),民办学校612所。", []),  # an aside in brackets, a kind of school
        ("每10万人中拥有大学文化程度的由6012人上升为10644人。", []),  # a figure's unit is no proper word
        # a bracket the name did not open ends a run; a plant or a rival described before a name
        ("(中央社记者新竹10日电)光学镜头厂星辰光电股份有限公司今天公布营收", ["星辰光电股份有限公司"]),
        ("竞争对手先锋光学科技股份有限公司营收下滑", ["先锋光学科技股份有限公司"]),
        (
            "同业星澜电子股份有限公司营收下滑,上市附属公司星河百货有限公司营收增长",
            ["星澜电子股份有限公司", "星河百货有限公司"],
        ),
        # a bare bracket declares no alias it does not shorten the name with
        (
            "上海星河银行股份有限公司(上市公司)营收300亿元,星澜公司(10日)公告。",
            ["上海星河银行股份有限公司", "星澜公司"],
        ),
        (
            "德资企业星河汽车部件(合肥)有限公司增资,博彩营运商星岚娱乐有限公司",
            ["星河汽车部件(合肥)有限公司", "星岚娱乐有限公司"],
        ),
        # the role a firm plays for another
        ("景区运营主体湖南星澜旅游发展有限公司实现营业收入3亿元", ["湖南星澜旅游发展有限公司"]),
        ("项目施工方星河建工集团有限公司完成产值2亿元", ["星河建工集团有限公司"]),
        ("云岫投资方略咨询有限公司实现营业收入2亿元", ["云岫投资方略咨询有限公司"]),  # no role inside a name
        ("其控股股东浙江省星河港口集团有限公司完成吞吐量9亿吨", ["浙江省星河港口集团有限公司"]),
        # a verb firms are named by a word before the suffix, a place opening a name after a class of firms
        ("省属企业湖南星通交通建设投资集团有限公司完成投资268亿元", ["湖南星通交通建设投资集团有限公司"]),
        ("2024年长岚机场旅客吞吐量增长12%", ["长岚机场"]),  # `2024/年长/岚`: the year's `年`
        (
            "星澜金融控股集团有限公司持有公司15.2%的股份,辖内银行贷款增长5%",
            ["星澜金融控股集团有限公司"],
        ),  # a verb after a legal form acts
        ("中国贵州茅台酒厂(集团)有限责任公司营收增长", ["中国贵州茅台酒厂(集团)有限责任公司"]),
        ("其士国际集团有限公司公布业绩", ["其士国际集团有限公司"]),
        ("报告期各期公司研发投入1.05亿元。", []),
        # an ordinal, a verb or an adverb of jieba's dictionary (`控股`, `互动`) inside a name
        ("中国第一汽车集团有限公司营收增长。", ["中国第一汽车集团有限公司"]),
        ("云帆互动控股有限公司公布业绩。", ["云帆互动控股有限公司"]),
        # a province's one-character name opens a name; no place word inside it (`海港`) does
        ("8月份,闽海港口集团有限公司完成货物吞吐量3568.4万吨。", ["闽海港口集团有限公司"]),
        ("8月份集团完成集装箱吞吐量168.7万标箱。", []),  # a time word opens no name
        # a guidance fund, a suffix jieba cuts in two (`引导/基金`); a plan opens no name
        ("长沙市科技创新引导基金已累计参股设立子基金38支。", ["长沙市科技创新引导基金"]),
        ("株洲市引导基金计划新设子基金10支以上。", ["株洲市引导基金"]),
        ("用好省级产业引导基金,通过政府引导基金撬动社会资本。", []),  # generic funds
        ("国企赣州恒澜科技有限公司营收3亿元。", ["赣州恒澜科技有限公司"]),  # a class word of one's kind
        ("全资子公司苏州智芯通信技术有限公司营收6.83亿元。", ["苏州智芯通信技术有限公司"]),  # what it is to its parent
        ("星河集团子公司营收增长。", ["星河集团"]),
        # a verb right after a suffix opens a predicate, unless a suffix follows it
        ("上城区慈善分会探索社区慈善基金模式。", ["上城区慈善分会"]),
        # a class: a level of government inside, or a region's or a grade's fund or laboratory
        ("在福建省县级医院综合能力评价中,该院位列全省第8位。", []),
        ("分县市看,诸城市基金收入18.2亿元。", []),
        ("两市优秀实验室数量均为6家,江苏省实验室10家。", []),
        ("之江实验室新增科研人员500人,苏州市纳米产业基金规模20亿元。", ["之江实验室", "苏州市纳米产业基金"]),
        ("吉林实验室集聚科研人员900人。", ["吉林实验室"]),  # a region's short name: a name of its own
        # the country's grade of a laboratory after its field is its name's word; after a place, a class's
        (
            "光子材料与器件全国重点实验室、深海装备国家重点实验室新增专利,江苏省国家重点实验室30家,支持国家重点实验室建设。",
            ["光子材料与器件全国重点实验室", "深海装备国家重点实验室"],
        ),
        # (not after a name: the body's laboratories of that grade)
        ("星河大学国家重点实验室数量达到6个。", ["星河大学"]),
        # a school is named by a place or a proper word; addressed schools (`各...`) are none
        ("各乡镇中心学校、县直各学校:改造农村薄弱学校校舍38所,职业学校招生1.1万人。", []),
        ("城关中学和育英小学新增学位1200个,宁都县第二中学扩建。", ["城关中学", "育英小学", "宁都县第二中学"]),
        ("城区学校大班额全部消除,乡村学校新增教师300名。", []),
        ("云帆集团控股有限公司公布业绩。", ["云帆集团控股有限公司"]),
        # a description of the firm jieba cut in two words opens no name (`投资/企业`)
        ("所投资企业星澜卫星技术有限公司营收5亿元。", ["星澜卫星技术有限公司"]),
        # a stop jieba glued to the end of a word before a place (`人为` of `竞得人为济南...`)
        ("竞得人为济南星河置业有限公司,成交价12.5亿元。", ["济南星河置业有限公司"]),
        # but not a name's last character (`华为`) nor a suffix's (`研究所`)
        (
            "星为深圳公司营收增长,中国科学院上海硅酸盐研究所北京分所新增员工。",
            ["星为深圳公司", "中国科学院上海硅酸盐研究所"],
        ),
        # a lone character and a joiner after the place that opens a name, which jieba cut apart
        ("福建星和铜箔科技有限公司年产5万吨,福建省和江西省签约。", ["福建星和铜箔科技有限公司"]),
        # a hospital's grade and kind, and society's institutions, name no one
        ("宁乡县中医医院是一所三级乙等综合医院,社会集团购买商品金额增长5%。", ["宁乡县中医医院"]),
        # a facility named by a word and a bracketed place
        ("东部（渝北）跨境电商产业园入驻企业80家,跨境电商产业园共12个。", ["东部（渝北）跨境电商产业园"]),
        ("重点（特色）产业园新增企业120家。", []),  # a bracketed common word names none
        # a list's `等` jieba glued to the noun before it (`清溪/河等`) ends the list, no name
        ("清溪河等骨干灌区供水12亿立方米,都江堰灌区供水8亿立方米。", ["都江堰灌区"]),
        # a hospital's campus is a facility named by its hospital; `到` stops a name
        ("星河市中心医院东湖院区开诊,群众不用跑到市区大医院,新院区床位900张。", ["星河市中心医院东湖院区"]),
        # (but not where a firm's name holds one in a word jieba does not know: `到家`, `给力`)
        (
            "星河到家科技有限公司营收5亿元,星河给力科技有限公司营收3亿元。",
            ["星河到家科技有限公司", "星河给力科技有限公司"],
        ),
        # nor a verb jieba took for a name before the preposition `给`
        ("技术独占许可给星河青稞食品有限公司,合同金额800万元。", ["星河青稞食品有限公司"]),
        # a verb of going opens none (`赴`), nor one of linking up jieba tags a place (`串联`)
        ("还为农村学校配备教师650人,选派城区骨干教师赴乡村学校支教1200人次。", []),
        ("赛道全长21公里,串联起星湖公园、滨江绿道等地标。", []),
        # a trade jieba tags a descriptive word is a name's (`鲜切花`); a school year (`学年`) and a stage of
        # schooling (`阶段`) name no school
        ("云南星河鲜切花进出口有限公司出口鲜切花1.2亿枝。", ["云南星河鲜切花进出口有限公司"]),
        ("2025/26学年学校书簿津贴增加,义务教育阶段学校招聘教师500名。", []),
        # a name ends before an aside it opens, whatever the aside holds (`公司`)
        ("控股子公司星河光电有限公司(公司持股60%)实现营收3亿元。", ["星河光电有限公司"]),
        ("中等职业学校21所(不含技工学校)。", []),
        # a grid company's power supply bureau is a firm; a name begins past a span up to now
        # (`今年以来`) and past the role or class a firm is described by (`建设单位`, `出版机构`,
        # `储能企业`)
        ("今年以来,星河供电局完成电网投资12亿元。", ["星河供电局"]),
        ("今年以来星河国网供电公司完成投资8亿元。", ["星河国网供电公司"]),
        ("项目建设单位青海星岚能源科技有限公司介绍。", ["青海星岚能源科技有限公司"]),
        ("本地大型出版发行机构香港星澜出版集团有限公司公布业绩。", ["香港星澜出版集团有限公司"]),
        ("储能企业湖南星岚能源科技有限公司上半年营收9亿元。", ["湖南星岚能源科技有限公司"]),
        ("星河企业管理有限公司成立。", ["星河企业管理有限公司"]),  # a trade the name is of
        ("金华市企业服务有限公司成立。", ["金华市企业服务有限公司"]),  # not opening with a place after it
        # a verb after a suffix goes on the name only before a legal form (`集团/控股/有限公司`),
        # not before another suffix (`合作社/采取/公司`: a predicate)
        ("星河兴农生猪养殖专业合作社采取公司+合作社模式。", ["星河兴农生猪养殖专业合作社"]),
        # the last of a list of places sharing a kind names the places' bodies of that kind, no one;
        # a port (`港`) may be named by a place alone
        ("成都市、绵阳市博物馆接待量分别为860万人次和320万人次。", []),
        ("星河大学、洛阳市博物馆联合办展。", ["星河大学", "洛阳市博物馆"]),
        ("防城港、北海港分别完成41万标箱和27万标箱。", ["北海港"]),
        # a project or a works with a proper name: a number, a phase, the works right before its suffix,
        # the facility or body it is of; a phase written after it is of that project
        ("敦煌市150万千瓦光伏项目一期工程全容量并网。", ["敦煌市150万千瓦光伏项目"]),
        ("兰州地铁3号线一期工程全长31公里。", ["兰州地铁3号线一期工程"]),
        ("星澜文化产业园二期项目总投资5亿元。", ["星澜文化产业园二期项目"]),
        ("贵阳机场改扩建工程总投资约90亿元。", ["贵阳机场改扩建工程"]),
        # ... not a class (`重点项目`, `民生工程`, `多地项目`), a body's works (`总工程`), a count of
        # projects (`9个项目`), nor a clause of a verb (`承担“三北”工程`)
        ("江北区重点项目完成投资50亿元,全市民生工程投入8亿元。", []),
        ("星澜多地项目均存在质量问题。", []),
        ("星澜运动中心总工程经费约3亿元。", ["星澜运动中心"]),
        ("星澜创新港9个项目落户。", ["星澜创新港"]),
        ("南平市承担“三北”工程攻坚任务12万亩。", []),
        # ... nor after a region by a scheme or a word jieba does not know (`城市更新`, `老旧小区`), by
        # a count glued to its noun (`12/个省`), nor a firm's project after its registered name
        ("株洲市城市更新项目总投资80亿元,长沙市老旧小区改造工程完成投资12亿元。", []),
        ("赣州市12个省重点工程完成投资86亿元。", []),
        ("星河股份有限公司长沙雨花区动力电池项目总投资50亿元。", ["星河股份有限公司"]),
        ("成都、贵阳龙洞堡国际机场旅客吞吐量均超2500万人次。", ["贵阳龙洞堡国际机场"]),
        # a service or a mode named in quotation marks names no one (`“田埂银行”上门服务`); a bank does
        ("星河农商银行推出“田埂银行”上门服务,推行“星岚银行”模式。", ["星河农商银行"]),
        ("“星澜新能源公司”计划投资20亿元,“星河乳业集团”品牌价值126亿元。", ["星澜新能源公司", "星河乳业集团"]),
        # a descriptive word of state (`鼎盛`) goes on a name as an adjective does
        ("平利县关停“散乱污”企业15家。岚皋鼎盛陶瓷有限公司投资1200万元。", ["岚皋鼎盛陶瓷有限公司"]),
        # but an award's superlative opens none (`最佳`)
        ("星河农商银行入选“最佳合作银行”,全年发放贷款86亿元。", ["星河农商银行"]),
        # a time of the year opens no name, and the firms of a park or its graduates are a kind
        ("本年度园区公司获得风险投资32亿元,累计毕业公司812家,初创公司120家。", []),
    ],
)
def test_organisations_are_proper_names_ending_in_a_suffix(rules, text, names):
    found, _ = organisations(text, rules)
    assert [name.text for name in found] == names
    for name in found:
        assert text[name.start : name.end].replace("“", "").replace("”", "") == name.text


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("小鹏汽车12月交付新车16000辆,哪吒汽车交付10127辆。", ["小鹏汽车", "哪吒汽车"]),
        ("在国内挖掘机市场上,三一重工全年销售挖掘机15247台。", ["三一重工"]),
        # a trade going on into a word of its industry, places counted, a class of firms, a place
        ("长株潭三市汽车整车产量达120万辆。", []),
        ("合肥、芜湖、安庆三地汽车产量达120万辆。", []),
        ("国企控股上市公司达到120家。", []),
        ("新能源汽车和智能汽车3000辆,江苏汽车3000辆。", []),
        # a brand opening a name found in full is its core
        ("星澜电气储能科技(常州)有限公司总投资12亿元。星澜电气计划再投资4亿元。", ["星澜电气储能科技(常州)有限公司"]),
    ],
)
def test_a_firm_is_named_by_its_brand_and_its_trade(rules, text, names):
    found, _ = organisations(text, rules)
    assert sorted({name.text for name in found}) == sorted(names)


@pytest.mark.parametrize(
    ("name", "proper"),
    [
        ("赣州银行", True),
        ("赣湘科创基金", True),
        ("南康区科技天使基金", True),
        ("章江青创科技种子投资基金", True),
        ("市科技金融集团", True),
        ("风险补偿基金", False),
        ("“风险补偿基金”", False),
        ("合作银行", False),
        ("三级医院", False),  # hospitals by grade, ownership or speciality
        ("二级以上公立医院", False),
        ("星河市中医医院", True),
        ("市中医医院", True),  # one hospital, as the article names it
        ("县人民医院", False),  # `人民` names no one: the county's hospital
        ("国内外主机厂", False),  # a firm's customers at home and abroad
        ("星河区人民医院", True),
        ("企业发展基金", False),
        ("天使、风险基金", False),
        ("中小企业融资增信基金", False),
        ("国家高新技术企业", False),
        ("联营公司", False),  # a firm's associates, its joint ventures, its private banking
        ("合营企业", False),
        ("私人银行", False),
        ("社会保险基金", False),
        ("基本医疗保险基金", False),  # the funds of a region's health insurance
        ("城乡居民医保基金", False),
        ("职工医保统筹基金", False),
        ("民航机场", False),  # what a firm builds or runs
        ("国内枢纽机场", False),
        ("国家电网公司", True),
        ("通用汽车公司", True),
        ("百货公司", False),  # a kind of retailer
        ("人身险公司", False),  # insurers by their line of business
        ("财产险公司", False),
        ("中国人寿保险股份有限公司", True),
        ("农机专业合作社", False),  # a kind of co-operative, a kind of a budget's funds
        ("农民专业合作社", False),
        ("星火现代农机专业合作社", True),
        ("中央政府性基金", False),
        ("地方政府性基金", False),
        ("公募基金公司", False),  # kinds of funds, of hotel groups, of gaming concessionaires
        ("主动权益基金", False),
        ("酒店集团", False),
        ("博彩承批公司", False),
        ("华住酒店集团", True),
        ("易方达基金管理有限公司", True),
        ("教育集团", False),  # kinds of school groups and of schools
        ("九年一贯制学校", False),
        ("星澜教育集团", True),
        ("省内同类银行", False),  # peers of the same kind
        ("同级医院", False),
        ("跨国集团", False),  # bodies of a rank, a reach or a role
        ("区直属中学", False),
        ("下级医院", False),
        ("医联体牵头医院", False),
        ("改革试点医院", False),
        ("长期护理保险基金", False),  # the fund of an insurance
        ("本土法人银行", False),  # banks incorporated in the place they serve
        ("地方法人银行", False),
        ("当地银行", False),  # banks of the place, of an ownership
        ("股份制银行", False),
        ("外资银行", False),
        ("市国有投资集团", True),  # a city's investment group, as written
        ("星河县医共体总医院", True),
    ],
)
def test_is_proper_needs_more_than_generic_words(rules, name, proper):
    assert is_proper(name, rules.subjects) is proper


@pytest.mark.parametrize(
    ("text", "name", "full"),
    [
        ("赣州瑞岭科技有限公司成立于2017年。目前,瑞岭公司已申请专利18件。", "瑞岭公司", "赣州瑞岭科技有限公司"),
        ("南昌航空大学自动化学院与赣州银行签约。自动化学院新增专利14件。", "自动化学院", "南昌航空大学自动化学院"),
        ("南昌航空大学自动化学院与赣州银行签约。自动化学院新增专利14件。", "赣州银行", "赣州银行"),
        ("市科技金融集团与赣州银行签约,赣州科技金融服务有限公司参与。", "市科技金融集团", "市科技金融集团"),
        ("赣州云梯数据科技有限公司申请专利45件,瑞岭公司申请专利18件。", "瑞岭公司", "瑞岭公司"),
        ("南昌昌北国际机场旅客吞吐量1121.5万人次。昌北机场新开航线14条。", "昌北机场", "南昌昌北国际机场"),
        # a facility's core names no firm: only another facility of its kind
        ("郑州宇通客车股份有限公司出口3万辆。郑州机场货邮吞吐量55.8万吨。", "郑州机场", "郑州机场"),
        # nor another facility holding its place: a port named by its city alone
        ("芜湖港完成集装箱吞吐量82.4万标箱。芜湖新港累计完成投资46亿元。", "芜湖港", "芜湖港"),
        # but a place after the longer name's own names that facility (the airport of a city named for a neighbour)
        ("星河汉中国际机场旅客吞吐量812万人次。汉中机场新开航线9条。", "汉中机场", "星河汉中国际机场"),
        # nor is a firm a facility its core is written in: a developer's project
        ("星澜集团上半年销售额1056亿元。南京星澜春江项目交付延期。", "星澜集团", "星澜集团"),
        # a body that holds the name whole is another body: the hospital is no group's short name
        ("由星河市中心医院牵头组建的星河市中心医院医疗集团覆盖9个县。", "星河市中心医院", "星河市中心医院"),
        ("星河银行股份有限公司发布年报。星河银行净利润增长5%。", "星河银行", "星河银行股份有限公司"),
        ("星河市中心医院与星河市中心医院管理有限公司签约。", "星河市中心医院", "星河市中心医院"),
    ],
)
def test_fullest_is_the_longest_form_the_article_writes(rules, text, name, full):
    assert fullest(name, organisations(text, rules)[0], rules) == full


def test_a_kind_of_organisation_of_the_region_points_back_like_a_bare_suffix(rules):
    text = "临湖县现代农业项目区涉及4个乡镇。2019年,全县优质茶园项目区的亩产量增加到了260公斤。"
    names, pointers = organisations(text, rules)
    assert [name.text for name in names] == ["临湖县现代农业项目区"]
    assert [(name.text, text[name.start : name.end]) for name in pointers] == [("项目区", "项目区")]


@pytest.mark.parametrize(
    "text, named",
    [
        # a kind written bare after a self-reference is the region's class
        (
            "星河区人民法院审结案件1.2万件。全省法院受理案件203万件,全市两级法院执结5万件,全省各级法院结案9万件。",
            "星河区人民法院",
        ),
        # a sports club named by a place is one; its kind, and the suffix written alone, none
        (
            "杭州星河足球俱乐部本赛季主场观众场均2.1万人次。全市青少年足球俱乐部达到85家,俱乐部总数超过300家。",
            "杭州星河足球俱乐部",
        ),
    ],
)
def test_a_kind_written_alone_names_none_and_points_back_to_none(rules, text, named):
    names, pointers = organisations(text, rules)
    assert [name.text for name in names] == [named]
    assert pointers == []


def test_a_court_and_a_procuratorate_are_bodies_of_their_own(rules):
    text = (
        "章贡区法院结案率为91.4%,赣州市中级人民法院受理案件6万件,"
        "瑞金市人民检察院发现线索45条,南昌知识产权法庭全年审结876件。"
    )
    names, _ = organisations(text, rules)
    assert [name.text for name in names] == ["章贡区法院", "赣州市中级人民法院", "瑞金市人民检察院", "南昌知识产权法庭"]


def test_a_unit_opened_by_a_bare_suffix_points_back_to_its_body(rules):
    text = "星河大学召开大会。学校科技成果转化中心主任介绍,学校签订技术合同1240项。"
    names, pointers = organisations(text, rules)
    assert [name.text for name in names] == ["星河大学"]
    assert [(text[p.start : p.end], p.text) for p in pointers] == [("学校", "学校"), ("学校", "学校")]


def test_a_suffix_written_alone_points_back_and_names_none(rules):
    text = "项目建成后,项目区灌溉水利用系数提高到0.65,亩均节水120立方米。"
    names, pointers = organisations(text, rules)
    assert names == []
    assert [name.text for name in pointers] == ["项目区"]


def test_a_facility_written_alone_or_generic_points_back_to_none(rules):
    text = "芜湖宣州机场新开航线12条,全省民航机场旅客吞吐量增长1.6倍,通用机场9个。"
    names, pointers = organisations(text, rules)
    assert [name.text for name in names] == ["芜湖宣州机场"]
    assert pointers == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("恒钢集团旗下江苏恒钢股份有限公司发布公告", ["恒钢集团", "江苏恒钢股份有限公司"]),
        ("长江保险集团下属长江人寿保险股份有限公司保费收入1103.6亿元", ["长江保险集团", "长江人寿保险股份有限公司"]),
        # but a numbered part of the body named before is that body's (`星河大学/第二/附属/医院`)
        ("星河大学第二附属医院年门诊量达到312万人次。", ["星河大学第二附属医院"]),
        ("星河集团第一季度营业收入12亿元。", ["星河集团"]),
    ],
)
def test_a_name_stops_at_the_words_of_a_group_owning_it(rules, text, names):
    assert [name.text for name in organisations(text, rules)[0]] == names


@pytest.mark.parametrize(
    ("name", "known_by"),
    [
        ("星岚公司", "星岚"),
        ("赣州瑞岭科技有限公司", "瑞岭"),
        ("武义县经济开发区恒达工具有限公司", "恒达工具"),  # past the zone it lies in too
        ("科技公司", "科技公司"),  # nothing proper left: the name itself
        # a common noun after its place is no short name: alone it is a class (`电网` is any grid), with
        # its place a phrase of the place's statistics (`山东省港口货物吞吐量`)
        ("贵州电网有限责任公司", "贵州电网有限责任公司"),
        ("南平市林业投资发展集团有限公司", "南平市林业投资发展集团有限公司"),
        ("山东省港口集团有限公司", "山东省港口集团有限公司"),
        ("鼓楼区数字经济产业园", "鼓楼区数字经济产业园"),  # a compound of common nouns (`数字`, `经济`) too
        ("平利县旅游集团有限公司", "平利县旅游集团有限公司"),  # an everyday verb used as a noun too
        ("平利建工控股有限公司", "建工"),  # but not a rarer one (`平利建工` is the firm)
        ("星河农商银行", "星河农商"),  # but not where no place is before it
        ("小米科技有限责任公司", "小米"),
    ],
)
def test_a_name_is_known_by_its_core(rules, name, known_by):
    assert core(name, rules) == known_by


def test_a_name_as_written_restores_its_script_only(rules):
    original = "上市廠宏碩精密工業股份有限公司公布營收,浙江“星河”科技有限公司、ＴＣＬ科技集团股份有限公司也公布营收。"
    view = matching_view(original)
    names, _ = organisations(view, rules)
    assert set(as_written(names, original, view).values()) == {
        "宏碩精密工業股份有限公司",
        "浙江星河科技有限公司",
        "TCL科技集团股份有限公司",
    }


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the alias declared right after the name opens with the verb jieba cut it at
        ("远航控股集团有限公司(以下简称“远航集团”)发布报告。", ["远航控股集团有限公司"]),
        # the text writes the verb with the name's core alone elsewhere (a list of firms); and so names its kin
        (
            "星河网络、翱翔时代、星澜科技三家企业市值增长。位于番禺区的翱翔时代股份有限公司营收21.3亿元。",
            ["翱翔时代股份有限公司"],
        ),
        (
            "远航控股集团有限公司(以下简称“远航集团”)旗下深圳远航置业有限公司、远航供应链物流有限公司捐款。",
            ["远航控股集团有限公司", "深圳远航置业有限公司", "远航供应链物流有限公司"],
        ),
        # where the text shows no such thing, or the word stops names, the name stays as cut
        ("位于番禺区的翱翔时代股份有限公司营收21.3亿元。", ["时代股份有限公司"]),
        ("公司完成两项交易:收购星澜科技、出售星河物业。公司收购星澜科技有限公司60%股权。", ["星澜科技有限公司"]),
    ],
)
def test_a_name_cut_after_a_verb_begins_there_where_the_text_shows_it_does(rules, text, names):
    found, _ = organisations(text, rules)
    assert [name.text for name in found] == names


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        # an institution written by characters of its name's words, in order, its last kept
        (
            "星河省农业科学院召开工作会议。2015年,星河农科院获授权专利136件。",
            {"星河省农业科学院": ["星河农科院"]},
        ),
        (
            "中国科学院星河光学精密机械与物理研究所召开会议。今年星河光机所新签合同38亿元。",
            {"中国科学院星河光学精密机械与物理研究所": ["星河光机所"]},
        ),
        # not a kind of its own (`中医院`), nor the tail of a word (`国机械研究所` of `全国机械研究所`)
        ("中国星河大学附属第一医院与县中医院合作。", {}),
        ("中国科学院星河机械研究所召开会议。全国机械研究所有120家。", {}),
        # nor the tail of a self-reference (`澳博物馆` of `全澳博物馆`, all of Macau's museums)
        ("澳门海事博物馆推出展览。全澳博物馆参观人次增长12%。", {}),
        # nor the head of a word (`职业院` of `职业院校`)
        ("星岚职业技术学院扩建实训楼。全省职业院校招生4.1万人。", {}),
    ],
)
def test_an_institution_is_written_contracted(rules, text, forms):
    names = organisations(text, rules)[0]
    found = contractions(text, [name.text for name in names], names, rules)
    assert {full: [name.text for name in names] for full, names in found.items()} == forms


def test_a_port_is_a_facility_named_by_its_place_not_the_word_port_alone(rules):
    text = (
        "宁波舟山港完成货物吞吐量11.8亿吨,嘉兴港完成0.9亿吨,全省海港和空港建设提速,"
        "星澜研究所创新港落户。中国香港4月出口增长5%。防城港港集装箱吞吐量增长11%。"
    )
    names = ["宁波舟山港", "嘉兴港", "星澜研究所创新港", "防城港港"]  # a city whose name ends as a port's does
    assert [name.text for name in organisations(text, rules)[0]] == names


def test_a_route_is_named_by_the_places_it_links_and_its_kind(rules):
    text = "宜宾至彝良高速公路全线贯通,广元—巴中输气管道开工。成都至重庆方向车流增长,1月至3月客流增长。"
    assert [name.text for name in organisations(text, rules)[0]] == ["宜宾至彝良高速公路", "广元—巴中输气管道"]


def test_a_ports_area_and_a_canal_are_facilities_named_by_a_place_or_name(rules):
    text = "分港域看,洋浦港域完成货物吞吐量6200万吨,海口港域完成3100万吨。京杭大运河通航,全省开挖人工运河2条。"
    assert [name.text for name in organisations(text, rules)[0]] == ["洋浦港域", "海口港域", "京杭大运河"]


def test_a_grid_or_a_carbon_market_is_a_facility_named_by_a_place(rules):
    text = "江西电网最高负荷达3120万千瓦,广东碳市场成交量2650万吨。电网企业投资增长5%。"
    assert [name.text for name in organisations(text, rules)[0]] == ["江西电网", "广东碳市场"]


def test_a_port_of_entry_and_a_state_forest_are_facilities_named_by_a_place_or_name(rules):
    text = "满洲里公路口岸过货量增长12%,全省边境口岸12个;塞罕坝机械林场造林2万亩,全省国有林场89个。"
    assert [name.text for name in organisations(text, rules)[0]] == ["满洲里公路口岸", "塞罕坝机械林场"]


def test_a_provinces_short_name_alone_before_a_kind_it_has_many_of_names_them_all(rules):
    text = "经甘肃口岸出境的货物增长9%,云南景区接待游客4100万人次,四川电网负荷创新高,敦煌口岸通关。"
    assert [name.text for name in organisations(text, rules)[0]] == ["四川电网", "敦煌口岸"]


def test_a_port_reached_by_way_of_opens_after_the_way(rules):
    text = "西北地区棉花经天津港出海的通道更加畅通,钢材经日照港发运320万吨。"
    assert [name.text for name in organisations(text, rules)[0]] == ["天津港", "日照港"]
    text = "星河经投集团营收52亿元,星澜经发控股集团有限公司营收3亿元。"  # `经` inside a firm's name
    assert [name.text for name in organisations(text, rules)[0]] == ["星河经投集团", "星澜经发控股集团有限公司"]


def test_a_firm_said_to_be_another_is_named_after_the_copula(rules):
    text = "云岫物流系星河港务集团有限公司控股企业,星河系统集成有限公司为其供应商。"  # not `系统`
    assert [name.text for name in organisations(text, rules)[0]] == ["星河港务集团有限公司", "星河系统集成有限公司"]


def test_a_reservoir_is_a_facility_named_by_a_place_or_name(rules):
    text = "全市大中型水库蓄水9.8亿立方米,其中岗南水库蓄水4.1亿立方米;全市小型水库126座。"
    assert [name.text for name in organisations(text, rules)[0]] == ["岗南水库"]


def test_a_name_begins_past_a_copula_jieba_joins_to_this(rules):
    text = "一列中欧班列从吉安国际陆港启程,这是吉安国际陆港今年开行的第1831列班列。"
    assert [name.text for name in organisations(text, rules)[0]] == ["吉安国际陆港", "吉安国际陆港"]


def test_an_industrial_park_is_a_facility_named_by_a_place_but_a_park_area_is_not(rules):
    text = (
        "常州汽车零部件产业园入驻企业120家,全省产业园区36个。该区2015年更名为宁海高新技术产业园区。"
        "西湖景区区内游客100万人次。"
    )
    assert [name.text for name in organisations(text, rules)[0]] == ["常州汽车零部件产业园", "西湖景区"]


def test_a_zone_names_a_facility_in_it_as_a_place_does(rules):
    text = "河间经济开发区铸造产业园入驻企业136家,河间经济开发区新增企业20家。"
    assert [name.text for name in organisations(text, rules)[0]] == ["河间经济开发区铸造产业园"]


@pytest.mark.parametrize("quarter", ["第一季度", "第四季度"])
def test_a_quarter_opens_no_name(rules, quarter):
    text = f"全年营业收入520亿元。其中,{quarter}公司实现营业收入172亿元。"
    assert organisations(text, rules)[0] == []


def test_water_and_sports_facilities_are_named_by_a_place_or_name_not_counted_as_a_kind(rules):
    text = (
        "青河灌区引水2亿立方米,全省大中型灌区86处;沅江石门水文站水位超警戒1.2米。"
        "云岭滑雪场接待游客20万人次,延庆滑雪场数量达到8家,新建公共体育场3个。"
    )
    assert [name.text for name in organisations(text, rules)[0]] == ["青河灌区", "沅江石门水文站", "云岭滑雪场"]


def test_a_place_acting_opens_no_name_with_the_verb_jieba_glues_its_preposition_to(rules):
    text = "位山灌区引水2亿立方米。今年以来,聊城市在位山灌区推行水价改革,青河灌区管理所位列全省第二。"
    assert [name.text for name in organisations(text, rules)[0]] == ["位山灌区", "青河灌区管理所"]
    text = "武汉对接长江经济带研究院,共建实验室3个。"  # a verb of its own (`对接`) stays whole
    assert [name.text for name in organisations(text, rules)[0]] == ["长江经济带研究院"]


def test_an_incubator_a_cinema_and_a_national_park_are_facilities_named_by_a_place_or_name(rules):
    text = (
        "南宁高新区邕创汇科技企业孵化器在孵企业328家,全市国家级科技企业孵化器12家;"
        "西湖百老汇影城票房786万元,全市新增影城5家;三江源国家公园面积19万平方公里。"
    )
    assert [name.text for name in organisations(text, rules)[0]] == [
        "南宁高新区邕创汇科技企业孵化器",
        "西湖百老汇影城",
        "三江源国家公园",
    ]


def test_a_facilitys_name_begins_past_its_grade(rules):
    text = "5A级景区灵溪景区接待游客12.4万人次,全县4A级景区18家。"
    assert [name.text for name in organisations(text, rules)[0]] == ["灵溪景区"]


def test_a_nature_reserve_is_a_facility_named_with_its_grade(rules):
    text = (
        "吉林向海国家级自然保护区管理局介绍,全省新增省级自然保护区3个,"
        "在福建省县级医院评价中排名第一,贫困地区县级医院达800家。"
    )
    assert [name.text for name in organisations(text, rules)[0]] == ["吉林向海国家级自然保护区"]


def test_a_state_bodys_branch_in_a_region_is_no_organisation(rules):
    text = "中国人民银行甘肃省分行数据显示,人民银行赣州市中心支行统计,甘肃银行兰州分行贷款增长5%,个人行业贷款增长3%。"
    assert [name.text for name in organisations(text, rules)[0]] == ["甘肃银行兰州分行"]


def test_a_name_ranking_itself_is_a_name_and_a_preposition_inside_a_firms_name_stops_nothing(rules):
    text = "重庆大学排名全国第35位。星河以岭药业股份有限公司营收增长。在年度中国大学排名中,学校位列第86位。"
    assert [name.text for name in organisations(text, rules)[0]] == ["重庆大学", "星河以岭药业股份有限公司"]
