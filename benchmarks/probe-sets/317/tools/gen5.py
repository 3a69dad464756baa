from lib import F, P, Y, CH, TG, emit

TEXT = """BÁO NAM ĐỊNH ĐIỆN TỬ
Kinh tế
THU HÀ 09:47, 12/06/2024

Hải Hậu: Nâng cấp chợ nông thôn, tạo diện mạo mới cho thương mại vùng quê

Huyện Hải Hậu hiện có 39 chợ, trong đó 1 chợ hạng II là chợ Cồn (thị trấn Yên Định) và 38 chợ hạng III, phân bố ở 34/34 xã, thị trấn. Giai đoạn 2021-2023, huyện đã cải tạo, nâng cấp 21 chợ với tổng kinh phí gần 63 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 12,6 tỷ đồng, ngân sách huyện, xã 19,4 tỷ đồng, còn lại là vốn xã hội hóa của doanh nghiệp, hợp tác xã và tiểu thương.

Chợ Cồn sau khi được đầu tư xây dựng lại với diện tích hơn 12.000 m2 hiện có 856 ki-ốt, lô sạp, thu hút khoảng 700 hộ kinh doanh cố định; ngày cao điểm đón từ 4.000 đến 5.000 lượt khách. Doanh thu bình quân của các hộ kinh doanh tại chợ đạt từ 8 đến 15 triệu đồng/tháng, tăng khoảng 20% so với trước khi nâng cấp.

Ông Trần Văn Mười, Trưởng phòng Kinh tế và Hạ tầng huyện cho biết: "Mỗi chợ được nâng cấp đều có bãi xe, khu vệ sinh, khu phòng cháy chữa cháy riêng. 5 tháng đầu năm nay, huyện đã khởi công thêm 2 chợ ở xã Hải Nam và xã Hải Châu".

Năm 2024, huyện phấn đấu hoàn thành nâng cấp thêm 6 chợ, đưa 100% chợ trên địa bàn đạt chuẩn tiêu chí số 7 về cơ sở hạ tầng thương mại nông thôn trong Bộ tiêu chí quốc gia về xã nông thôn mới; thu phí chợ đạt 3,2 tỷ đồng. Cùng với đó, huyện khuyến khích tiểu thương áp dụng thanh toán không dùng tiền mặt; hiện đã có khoảng 35% hộ kinh doanh tại các chợ trung tâm sử dụng mã QR.
"""

G = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")

FIGS = [
    F("có 39 chợ", "39", 39, "count", "chợ", "chợ"),
    F("đó 1 chợ hạng II", "1", 1, "count", "chợ", "chợ hạng II", total=39),
    F("38 chợ hạng III", "38", 38, "count", "chợ", "chợ hạng III", total=39),
    F("34/34 xã", "34", 34, "count", "xã, thị trấn", "xã, thị trấn có chợ", total=34),
    F("nâng cấp 21 chợ", "21", 21, "count", "chợ", "chợ được cải tạo, nâng cấp", G),
    F("gần 63 tỷ đồng", "63", 63e9, "money", "đồng", "tổng kinh phí cải tạo, nâng cấp chợ", G, approx="nearly"),
    F("hỗ trợ 12,6 tỷ đồng", "12,6", 12.6e9, "money", "đồng", "ngân sách tỉnh hỗ trợ nâng cấp chợ", G, total=63e9),
    F("xã 19,4 tỷ đồng", "19,4", 19.4e9, "money", "đồng", "ngân sách huyện, xã nâng cấp chợ", G, total=63e9),
    F("hơn 12.000 m2", "12.000", 12000, "measure", "m2", "diện tích chợ Cồn", approx="over"),
    F("có 856 ki-ốt", "856", 856, "count", "ki-ốt, lô sạp", "ki-ốt, lô sạp chợ Cồn"),
    F("khoảng 700 hộ", "700", 700, "count", "hộ kinh doanh cố định", "hộ kinh doanh cố định chợ Cồn", approx="about"),
    F("từ 4.000 đến 5.000", "4.000", 4000, "count", "lượt khách", "lượt khách chợ Cồn ngày cao điểm", value_max=5000),
    F("từ 8 đến 15 triệu", "8", 8e6, "money", "đồng/tháng", "doanh thu bình quân của các hộ kinh doanh tại chợ Cồn",
      value_max=15e6, change=CH("increase", 20, "%", "trước khi nâng cấp", approx="about")),
    F("thêm 2 chợ", "2", 2, "count", "chợ", "chợ được khởi công", P("5 tháng đầu năm nay", "2024-01-01", "2024-05-31")),
    F("thêm 6 chợ", "6", 6, "count", "chợ", "chợ hoàn thành nâng cấp", Y(2024, "Năm 2024"), status="target"),
    F("đưa 100% chợ", "100", 100, "percent", "%", "chợ trên địa bàn đạt chuẩn tiêu chí số 7 về cơ sở hạ tầng thương mại nông thôn",
      Y(2024, "Năm 2024"), status="target"),
    F("đạt 3,2 tỷ đồng", "3,2", 3.2e9, "money", "đồng", "thu phí chợ", Y(2024, "Năm 2024"), status="target"),
    F("khoảng 35% hộ", "35", 35, "percent", "%", "hộ kinh doanh tại các chợ trung tâm sử dụng mã QR", approx="about"),
]

COMMENTS = [
    "Báo Nam Định: huyện Hải Hậu nâng cấp chợ nông thôn — chợ theo hạng, vốn nâng cấp 2021-2023, chợ Cồn, mục tiêu 2024.",
    "Byline + time + date 'THU HÀ 09:47, 12/06/2024' is the dateline. Location Hải Hậu (district); towns and communes are not.",
    "'trong đó 1 chợ hạng II … và 38 chợ hạng III' parts of 39; '34/34 xã, thị trấn' total 34; two budget sources parts of 'gần 63 tỷ'.",
    "'từ 4.000 đến 5.000 lượt khách' and 'từ 8 đến 15 triệu đồng/tháng' are ranges; the latter takes 'tăng khoảng 20%' as its change.",
    "'5 tháng đầu năm nay' in a quote of 2024 → Jan–May 2024. 'tiêu chí số 7' is a criterion number (inside the 100% subject).",
    "Targets: 6 chợ, 100%, 3,2 tỷ (one 'phấn đấu' clause chain, 'Năm 2024' in the same sentence).",
    "Distractors: 'Ông Trần Văn Mười' (a name with a number word), 'tiêu chí số 7', 'm2' superscript digit, dateline time.",
    "revised: 39 chợ subject loses 'trên địa bàn huyện' (place → location).",
]

emit("p317-5", TEXT, COMMENTS, FIGS, published="2024-06-12", location="Hải Hậu")
