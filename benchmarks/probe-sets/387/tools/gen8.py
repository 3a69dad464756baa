from lib import *

TEXT = """Quảng Ninh hướng tới giảm tỷ lệ chôn lấp rác thải sinh hoạt xuống dưới 15%

Giai đoạn 2021-2023, lượng chất thải rắn sinh hoạt phát sinh trên địa bàn tỉnh Quảng Ninh tăng bình quân 4,5%/năm, chủ yếu do dân số cơ học và lượng khách du lịch tăng nhanh.

Một số chỉ tiêu về chất thải rắn sinh hoạt của tỉnh
Chỉ tiêu\tĐơn vị\t2021\t2022\t2023
Khối lượng phát sinh\ttấn/ngày\t1.182\t1.236\t1.291
Khối lượng thu gom\ttấn/ngày\t1.139\t1.201\t1.262
Tỷ lệ thu gom\t%\t96,4\t97,2\t97,8
Tỷ lệ chôn lấp trực tiếp\t%\t41,5\t33,0\t26,8

Năm 2023, thành phố Hạ Long phát sinh khoảng 420 tấn/ngày, chiếm 32,5% lượng rác toàn tỉnh; tiếp đến là Cẩm Phả 185 tấn/ngày, Uông Bí 118 tấn/ngày và Móng Cái 96 tấn/ngày. Riêng huyện đảo Cô Tô, vào mùa du lịch lượng rác tăng gấp 3 lần ngày thường.

Hiện toàn tỉnh có 4 khu xử lý tập trung và 2 nhà máy đốt rác phát điện (tại Hạ Long, Cẩm Phả) đang được đầu tư với tổng công suất 1.500 tấn/ngày, tổng vốn trên 5.200 tỷ đồng. Theo Quy hoạch tỉnh được phê duyệt tại Quyết định số 80/QĐ-TTg, đến năm 2030, 100% chất thải rắn sinh hoạt được thu gom, xử lý; tỷ lệ chôn lấp trực tiếp dưới 15%, tỷ lệ rác được phân loại tại nguồn đạt từ 70 đến 80%.

Với tỷ lệ thu gom ở nông thôn đạt 96,1%, Quảng Ninh hiện xếp thứ 3 toàn quốc, sau Nam Định và Hà Nam. Từ ngày 1/1/2025, tỉnh áp dụng giá dịch vụ thu gom rác theo khối lượng đối với cơ sở kinh doanh tại các tuyến phố chính dọc Quốc lộ 18.

Hoàng Yến
"""

cols = ["2021", "2022", "2023"]
rows = [("Khối lượng phát sinh", "tấn/ngày", "measure", ["1.182", "1.236", "1.291"]),
        ("Khối lượng thu gom", "tấn/ngày", "measure", ["1.139", "1.201", "1.262"]),
        ("Tỷ lệ thu gom", "%", "percent", ["96,4", "97,2", "97,8"]),
        ("Tỷ lệ chôn lấp trực tiếp", "%", "percent", ["41,5", "33,0", "26,8"])]
TABLE = []
for label, unit, kind, cells in rows:
    for cell, col in zip(cells, cols):
        v = float(cell.replace(".", "").replace(",", "."))
        TABLE.append(F("\t" + cell + ("\n" if col == "2023" else "\t"), cell, v, kind, unit, f"{label} năm {col}",
                       period=Y(col, int(col))))

Y23 = lambda: Y("Năm 2023", 2023)
SUBJ = "chất thải rắn sinh hoạt phát sinh"
T30 = lambda: P("đến năm 2030", None, "2030-12-31")
FIGS = [
    F("xuống dưới 15%", "15", 15, "percent", "%", "tỷ lệ chôn lấp rác thải sinh hoạt", approx="under", status="target",
      period=P("đến năm 2030", None, "2030-12-31", True)),
    F("bình quân 4,5%/năm", "4,5", 4.5, "percent", "%", "lượng chất thải rắn sinh hoạt phát sinh tăng bình quân",
      period=P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")),
] + TABLE + [
    F("khoảng 420 tấn/ngày", "420", 420, "measure", "tấn/ngày", SUBJ, approx="about", percent=32.5, location="Hạ Long", period=Y23()),
    F("Cẩm Phả 185 tấn/ngày", "185", 185, "measure", "tấn/ngày", SUBJ, location="Cẩm Phả", period=Y23()),
    F("Uông Bí 118 tấn/ngày", "118", 118, "measure", "tấn/ngày", SUBJ, location="Uông Bí", period=Y23()),
    F("Móng Cái 96 tấn/ngày", "96", 96, "measure", "tấn/ngày", SUBJ, location="Móng Cái", period=Y23()),
    F("gấp 3 lần", "3", 3, "multiple", "lần", "lượng rác vào mùa du lịch so với ngày thường", location="Cô Tô"),
    F("có 4 khu xử lý", "4", 4, "count", "khu xử lý tập trung", "khu xử lý tập trung"),
    F("và 2 nhà máy", "2", 2, "count", "nhà máy đốt rác phát điện", "nhà máy đốt rác phát điện đang được đầu tư"),
    F("công suất 1.500 tấn/ngày", "1.500", 1500, "measure", "tấn/ngày", "tổng công suất nhà máy đốt rác phát điện đang được đầu tư"),
    F("trên 5.200 tỷ đồng", "5.200", 5.2e12, "money", "đồng", "tổng vốn", approx="over"),
    F("2030, 100%", "100", 100, "percent", "%", "chất thải rắn sinh hoạt được thu gom, xử lý", status="target", period=T30()),
    F("trực tiếp dưới 15%", "15", 15, "percent", "%", "tỷ lệ chôn lấp trực tiếp", approx="under", status="target", period=T30()),
    F("từ 70 đến 80%", "70", 70, "percent", "%", "tỷ lệ rác được phân loại tại nguồn", value_max=80, status="target", period=T30()),
    F("đạt 96,1%", "96,1", 96.1, "percent", "%", "tỷ lệ thu gom ở nông thôn"),
    F("xếp thứ 3 toàn quốc", "3", 3, "rank", "hạng", "tỷ lệ thu gom ở nông thôn"),
]

emit(8, [
    "Báo Quảng Ninh style feature, no dateline at all (so no `published`): chất thải rắn sinh hoạt 2021-2023, tab-separated table by year.",
    "Distractors: 'Quyết định số 80/QĐ-TTg', 'ngày 1/1/2025', 'Quốc lộ 18', '(tại Hạ Long, Cẩm Phả)' (places in a list after a provincial count).",
    "Title 'xuống dưới 15%' is a target (period from the body: inherited). 'tăng bình quân 4,5%/năm' is a growth rate as the claim: percent, no change.",
    "Table: unit from the 'Đơn vị' column; period from the year header (scored, as in the shared h24); subject = row label + year.",
    "District list after 'Năm 2023': each item's district is its location, subject the list's indicator; '420 …, chiếm 32,5%' is its percent.",
    "'lượng rác tăng gấp 3 lần ngày thường' at Cô Tô: a multiple standing alone as the claim (kind multiple), location Cô Tô.",
    "revised after the first run: 1.500 tấn/ngày subject names whose capacity it is (the plants 'đang được đầu tư'), was bare 'tổng công suất'.",
    "'hiện xếp thứ 3 toàn quốc' is a rank of the province (location Quảng Ninh; the ranking is national but the figure describes the province).",
], TEXT, FIGS, location="Quảng Ninh")
