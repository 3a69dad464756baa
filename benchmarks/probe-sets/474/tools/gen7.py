from lib import F, P, CH, TG, build

TEXT = """BỘ GIAO THÔNG VẬN TẢI
Tin tức - Sự kiện

Nâng cao chất lượng vận tải hành khách ven biển, ra đảo giai đoạn 2021-2025

Ngày đăng: 24/07/2023

Theo Cục Đường thủy nội địa Việt Nam, giai đoạn 2021-2025, nhu cầu đi lại bằng đường thủy ra các đảo dự báo tăng bình quân 8-10%/năm. Tổng vốn đầu tư nâng cấp hệ thống bến khách, cảng khách ra đảo trong giai đoạn này khoảng 4,2 nghìn tỷ đồng, trong đó vốn ngân sách trung ương 1.350 tỷ đồng, còn lại là vốn xã hội hóa.

Năm 2022, sản lượng vận tải hành khách ven biển và ra đảo đạt 12,1 triệu lượt, tăng 2,3 lần so với năm 2021 do phục hồi sau dịch COVID-19. Tính đến 30/6/2023, cả nước có 214 tàu khách ven biển cấp VR-SB, trong đó 37 tàu đăng ký mới trong 6 tháng đầu năm.

Một số chỉ tiêu chủ yếu (đơn vị tính: %)
Chỉ tiêu	Năm 2020	Năm 2022	Kế hoạch năm 2025
Tỷ lệ bến khách ra đảo được công bố	71,5	83,0	100
Tỷ lệ tàu khách lắp thiết bị giám sát hành trình	56,2	78,4	95
Tỷ lệ hành khách mua vé điện tử	12,8	27,5	50

Đến năm 2030, phấn đấu 100% huyện đảo có tuyến vận tải khách cố định bằng tàu cao tốc, thời gian hành trình từ đất liền ra đảo không quá 3 giờ đối với các đảo cách bờ dưới 100 km. Cục đề nghị Sở Giao thông vận tải 28 tỉnh, thành phố ven biển hướng dẫn chủ tàu thực hiện Thông tư số 34/2019/TT-BGTVT, hoàn thành đăng ký lại phương tiện trước ngày 31/12/2023.

Nguồn: Cục Đường thủy nội địa Việt Nam | Lượt truy cập: 45.812
"""

G = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
Gi = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31", inh=True)
cols = [("Năm 2020", P("Năm 2020", "2020-01-01", "2020-12-31"), None),
        ("Năm 2022", P("Năm 2022", "2022-01-01", "2022-12-31"), None),
        ("Kế hoạch năm 2025", P("Kế hoạch năm 2025", "2025-01-01", "2025-12-31"), "target")]
rows = [("Tỷ lệ bến khách ra đảo được công bố", ["71,5", "83,0", "100"]),
        ("Tỷ lệ tàu khách lắp thiết bị giám sát hành trình", ["56,2", "78,4", "95"]),
        ("Tỷ lệ hành khách mua vé điện tử", ["12,8", "27,5", "50"])]

FIGS = [
    F("tăng bình quân 8-10%/năm", "8", "percent", "%", "nhu cầu đi lại bằng đường thủy ra các đảo tăng bình quân",
      value_max=10, status="forecast", period=G),
    F("khoảng 4,2 nghìn tỷ đồng", "4,2", "money", "đồng",
      "tổng vốn đầu tư nâng cấp hệ thống bến khách, cảng khách ra đảo", mult=1e12, approx="about", period=Gi),
    F("trung ương 1.350 tỷ đồng", "1.350", "money", "đồng", "vốn ngân sách trung ương", mult=1e9,
      total=4.2e12, period=Gi),
    F("đạt 12,1 triệu lượt", "12,1", "count", "lượt", "sản lượng vận tải hành khách ven biển và ra đảo", mult=1e6,
      change=CH("increase", 2.3, unit="lần", baseline="năm 2021"), period=P("Năm 2022", "2022-01-01", "2022-12-31")),
    F("có 214 tàu khách", "214", "count", "tàu khách", "tàu khách ven biển cấp VR-SB",
      period=P("Tính đến 30/6/2023", None, "2023-06-30")),
    F("trong đó 37 tàu", "37", "count", "tàu", "tàu đăng ký mới", total=214,
      period=P("6 tháng đầu năm", "2023-01-01", "2023-06-30")),
]
for label, vals in rows:
    for (cname, per, st), v in zip(cols, vals):
        prev = {"Năm 2020": "\t", "Năm 2022": "\t", "Kế hoạch năm 2025": "\t"}[cname]
        i = [c[0] for c in cols].index(cname)
        anchor = (label + "\t" + "\t".join(vals[: i + 1])) if i < 2 else ("\t".join(vals[1:]) + "\n")
        FIGS.append(F(anchor, v, "percent", "%", f"{label} {cname}", period=per, status=st))

FIGS += [
    F("2030, phấn đấu 100% huyện đảo", "100", "percent", "%",
      "huyện đảo có tuyến vận tải khách cố định bằng tàu cao tốc", status="target",
      period=P("Đến năm 2030", None, "2030-12-31")),
    F("không quá 3 giờ", "3", "measure", "giờ", "thời gian hành trình từ đất liền ra đảo", approx="at_most",
      status="target", period=P("Đến năm 2030", None, "2030-12-31")),
    F("dưới 100 km", "100", "measure", "km", "khoảng cách từ bờ", approx="under", optional=True),
    F("28 tỉnh, thành phố", "28", "count", "tỉnh, thành phố", "tỉnh, thành phố ven biển"),
]

build("p474-7", TEXT, [
    "Ministry site (Bộ GTVT), 'Ngày đăng: 24/07/2023' without time; footer 'Lượt truy cập: 45.812'. National (Việt Nam) figures.",
    "Tab-separated flattened table '(đơn vị tính: %)': every cell a percent figure, subject = row + column, period from the column header,",
    "'Kế hoạch năm 2025' column → status target. '8-10%/năm … dự báo' a growth rate as the claim: percent range, forecast.",
    "'tăng 2,3 lần so với năm 2021' is the change of 12,1 triệu (unit lần). '37 tàu' after 'trong đó' is part of 214 tàu;",
    "'6 tháng đầu năm' takes 2023 from '30/6/2023'. '4,2 nghìn tỷ đồng' = 4,2·10¹²; its period 'giai đoạn này' refers back (inherited).",
    "'dưới 100 km' (criterion) optional. Distractors: 'COVID-19', 'VR-SB', circular number, deadline date, counter.",
], FIGS, published="2023-07-24", location="Việt Nam")
