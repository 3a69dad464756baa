"""p791-4: ministry site (Cục Bảo vệ thực vật, Bộ NN&PTNT), national drone count and certified pilots, 2023."""
from lib import F, P, I, C, T, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
CỤC BẢO VỆ THỰC VẬT
Trang chủ / Tin tức / Tin hoạt động
Ngày đăng: 22/05/2023 | Lượt xem: 1.106

Cả nước có trên 6.000 thiết bị bay phun thuốc bảo vệ thực vật

Theo báo cáo của Cục Bảo vệ thực vật tại hội nghị sơ kết 5 năm thực hiện Thông tư số 03/2018/TT-BNNPTNT, tính đến hết tháng 4/2023 cả nước có 6.128 thiết bị bay không người lái đang được sử dụng để phun thuốc BVTV, gấp hơn 4 lần so với năm 2020. Các địa phương sử dụng nhiều là An Giang (812 chiếc), Kiên Giang (645 chiếc), Đồng Tháp (603 chiếc) và Long An (517 chiếc); khu vực Đồng bằng sông Cửu Long chiếm trên 70% tổng số thiết bị.

Năm 2022, diện tích phun thuốc bằng thiết bị bay đạt khoảng 2,7 triệu lượt ha, chiếm khoảng 8% tổng diện tích phun thuốc BVTV của cả nước. Cả nước hiện có 94 tổ chức, doanh nghiệp cung cấp dịch vụ phun thuốc bằng thiết bị bay và 4.860 người đã được cấp chứng chỉ huấn luyện điều khiển; trong số này có 1.215 người do 3 cơ sở đào tạo thuộc Cục cấp.

Tại hội nghị, đại diện Cục cho biết chi phí phun bằng thiết bị bay dao động 80.000-120.000 đồng/ha, tương đương hoặc thấp hơn phun thủ công; thời gian phun 1 ha chỉ khoảng 10-15 phút. Tuy nhiên, vẫn còn khoảng 30% số thiết bị chưa đăng ký với cơ quan quân sự theo Nghị định số 36/2008/NĐ-CP.

Mục tiêu đến năm 2025, diện tích phun thuốc bằng thiết bị bay đạt 15% tổng diện tích phun thuốc BVTV; đến năm 2030 đạt trên 30%.

Cục Bảo vệ thực vật - 149 Hồ Đắc Di, Đống Đa, Hà Nội. ĐT: 024.3533.0361
"""

APR = P("tính đến hết tháng 4/2023", None, "2023-04-30")
SUBJ = "thiết bị bay không người lái phun thuốc BVTV"
SHARE = "diện tích phun thuốc bằng thiết bị bay trong tổng diện tích phun thuốc BVTV"

FIGS = [
    F("có trên 6.000 thiết bị bay", "6.000", 6000, "count", "thiết bị bay", "thiết bị bay phun thuốc bảo vệ thực vật",
      approx="over"),
    F("có 6.128 thiết bị bay", "6.128", 6128, "count", "thiết bị bay không người lái", SUBJ, APR,
      change=C("increase", 4, "lần", "năm 2020", "over")),
    F("An Giang (812 chiếc)", "812", 812, "count", "chiếc", SUBJ, I(APR), location="An Giang"),
    F("Kiên Giang (645 chiếc)", "645", 645, "count", "chiếc", SUBJ, I(APR), location="Kiên Giang"),
    F("Đồng Tháp (603 chiếc)", "603", 603, "count", "chiếc", SUBJ, I(APR), location="Đồng Tháp"),
    F("Long An (517 chiếc)", "517", 517, "count", "chiếc", SUBJ, I(APR), location="Long An"),
    F("chiếm trên 70% tổng số", "70", 70, "percent", "%",
      "thiết bị bay của khu vực Đồng bằng sông Cửu Long trong tổng số thiết bị", I(APR), approx="over"),
    F("khoảng 2,7 triệu lượt ha", "2,7", 2700000, "measure", "lượt ha", "diện tích phun thuốc bằng thiết bị bay",
      P("Năm 2022", "2022-01-01", "2022-12-31"), approx="about", percent=8),
    F("hiện có 94 tổ chức", "94", 94, "count", "tổ chức, doanh nghiệp",
      "tổ chức, doanh nghiệp cung cấp dịch vụ phun thuốc bằng thiết bị bay"),
    F("và 4.860 người", "4.860", 4860, "count", "người", "người đã được cấp chứng chỉ huấn luyện điều khiển"),
    F("có 1.215 người", "1.215", 1215, "count", "người", "người được cấp chứng chỉ do cơ sở đào tạo thuộc Cục cấp",
      total=4860),
    F("do 3 cơ sở", "3", 3, "count", "cơ sở đào tạo", "cơ sở đào tạo thuộc Cục"),
    F("dao động 80.000-120.000 đồng/ha", "80.000", 80000, "money", "đồng/ha", "chi phí phun bằng thiết bị bay",
      value_max=120000),
    F("khoảng 10-15 phút", "10", 10, "measure", "phút", "thời gian phun 1 ha", value_max=15, approx="about"),
    F("khoảng 30% số thiết bị", "30", 30, "percent", "%", "thiết bị chưa đăng ký với cơ quan quân sự",
      approx="about"),
    F("đạt 15% tổng diện tích", "15", 15, "percent", "%", SHARE, P("đến năm 2025", None, "2025-12-31"),
      status="target"),
    F("đạt trên 30%", "30", 30, "percent", "%", SHARE, P("đến năm 2030", None, "2030-12-31"),
      approx="over", status="target"),
]

NOTES = [
    "Cục Bảo vệ thực vật (Bộ NN&PTNT) site: national count of spraying drones (to end of April 2023), certified pilots, targets.",
    "National figures: location Việt Nam; bracketed provinces are the location of their items (no total: a ranking, no cue).",
    "'gấp hơn 4 lần so với năm 2020' after the count is its change (like 'tăng hơn 2,8 lần so với cùng kỳ').",
    "The Mekong-delta share (70%) is a share of the national total: location Việt Nam (a region is no province).",
    "'1 ha' in 'thời gian phun 1 ha' is a rate denominator, not a figure. 'trong số này' gives 1.215 the total 4.860.",
    "Distractors: Ngày đăng, Lượt xem 1.106, 'sơ kết 5 năm', Thông tư số 03/2018/TT-BNNPTNT, Nghị định số 36/2008/NĐ-CP,",
    "address 149 Hồ Đắc Di, phone 024.3533.0361.",
]

emit("p791-4", TEXT, FIGS, NOTES, published="2023-05-22", location="Việt Nam")
