from lib import *

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH QUẢNG NAM
Trang chủ > Tin tức > Khoáng sản

Đấu giá thành công 14 mỏ khoáng sản năm 2023, thu hơn 128 tỷ đồng
Ngày đăng: 22/01/2024 | Lượt xem: 845

Năm 2023, Sở Tài nguyên và Môi trường đã tham mưu UBND tỉnh tổ chức 3 phiên đấu giá quyền khai thác khoáng sản đối với 17 mỏ; kết quả có 14/17 mỏ đấu giá thành công, gồm 8 mỏ cát, sỏi lòng sông, 4 mỏ đất làm vật liệu san lấp và 2 mỏ đá xây dựng. Tổng số tiền trúng đấu giá đạt hơn 128,4 tỷ đồng, cao gấp 2,3 lần so với giá khởi điểm.

Trong đó, mỏ cát lòng sông Thu Bồn tại xã Đại Hồng (huyện Đại Lộc) có giá trúng cao nhất với 31,6 tỷ đồng, trữ lượng khoảng 420.000 m³. Giá khởi điểm các mỏ cát dao động từ 38.000 đến 52.000 đồng/m³, trong khi giá trúng đấu giá bình quân là 96.500 đồng/m³.

Cũng trong năm 2023, tỉnh cấp mới 9 giấy phép khai thác, gia hạn 5 giấy phép và thu hồi 3 giấy phép do vi phạm. Tổng tiền cấp quyền khai thác khoáng sản phải nộp theo các quyết định phê duyệt là 67,2 tỷ đồng, đã thu được 52,9 tỷ đồng, đạt 78,7%. Số còn nợ đọng tập trung ở 6 doanh nghiệp, Sở đã có văn bản đôn đốc theo Nghị định số 67/2019/NĐ-CP.

Năm 2024, Sở phấn đấu tổ chức đấu giá 12 mỏ, thu tiền cấp quyền khai thác đạt khoảng 80 tỷ đồng. Hồ sơ tham gia đấu giá nộp tại Trung tâm Phát triển quỹ đất tỉnh, số 02 Trần Phú, TP Tam Kỳ; điện thoại 0235.3810.268 (giờ hành chính, từ 7 giờ 30 đến 17 giờ).

Tin, ảnh: Minh Châu
"""

P23 = dict(text="Năm 2023", start="2023-01-01", end="2023-12-31")
P23i = dict(P23, inherited=True)
PC23 = dict(text="Cũng trong năm 2023", start="2023-01-01", end="2023-12-31")
PC23i = dict(PC23, inherited=True)
PT = dict(text="năm 2023", start="2023-01-01", end="2023-12-31")
P24 = dict(text="Năm 2024", start="2024-01-01", end="2024-12-31")
W = 128.4e9

F = [
    fig("thành công 14 mỏ khoáng sản", "14", 14, "count", "mỏ", "mỏ khoáng sản đấu giá thành công", PT),
    fig("thu hơn 128 tỷ đồng", "128", 128e9, "money", "đồng", "tiền thu từ đấu giá", PT, approx="over"),
    fig("tổ chức 3 phiên", "3", 3, "count", "phiên", "phiên đấu giá quyền khai thác khoáng sản", P23),
    fig("đối với 17 mỏ", "17", 17, "count", "mỏ", "mỏ đấu giá quyền khai thác khoáng sản", P23),
    fig("có 14/17 mỏ", "14", 14, "count", "mỏ", "mỏ đấu giá thành công", P23, total=17),
    fig("gồm 8 mỏ", "8", 8, "count", "mỏ", "mỏ cát, sỏi lòng sông", P23, total=14),
    fig("4 mỏ đất", "4", 4, "count", "mỏ", "mỏ đất làm vật liệu san lấp", P23, total=14),
    fig("2 mỏ đá", "2", 2, "count", "mỏ", "mỏ đá xây dựng", P23, total=14),
    fig("hơn 128,4 tỷ đồng", "128,4", W, "money", "đồng", "tổng số tiền trúng đấu giá", P23i, approx="over",
        change=chg("increase", 2.3, unit="lần", baseline="giá khởi điểm")),
    fig("với 31,6 tỷ đồng", "31,6", 31.6e9, "money", "đồng", "giá trúng mỏ cát lòng sông Thu Bồn", P23i, total=W,
        location="Đại Lộc"),
    fig("khoảng 420.000 m³", "420.000", 420000, "measure", "m³", "trữ lượng mỏ cát lòng sông Thu Bồn", P23i, approx="about",
        location="Đại Lộc"),
    fig("từ 38.000 đến 52.000", "38.000", 38000, "money", "đồng/m³", "giá khởi điểm các mỏ cát", P23i, value_max=52000),
    fig("là 96.500 đồng/m³", "96.500", 96500, "money", "đồng/m³", "giá trúng đấu giá bình quân", P23i),
    fig("cấp mới 9 giấy phép", "9", 9, "count", "giấy phép", "giấy phép khai thác cấp mới", PC23),
    fig("gia hạn 5 giấy phép", "5", 5, "count", "giấy phép", "giấy phép gia hạn", PC23),
    fig("thu hồi 3 giấy phép", "3", 3, "count", "giấy phép", "giấy phép thu hồi do vi phạm", PC23),
    fig("là 67,2 tỷ đồng", "67,2", 67.2e9, "money", "đồng", "tổng tiền cấp quyền khai thác khoáng sản phải nộp", PC23i),
    fig("được 52,9 tỷ đồng", "52,9", 52.9e9, "money", "đồng", "tiền cấp quyền khai thác khoáng sản đã thu", PC23i, percent=78.7),
    fig("ở 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp", "doanh nghiệp còn nợ đọng tiền cấp quyền", PC23i),
    fig("đấu giá 12 mỏ", "12", 12, "count", "mỏ", "mỏ tổ chức đấu giá", P24, status="target"),
    fig("khoảng 80 tỷ đồng", "80", 80e9, "money", "đồng", "tiền cấp quyền khai thác", P24, approx="about", status="target"),
]

write("p440-2", TEXT, [
    "Sở TN&MT Quảng Nam (department site): auctions of mining rights 2023 (mines, winning bids, prices per m³), licences, fee collection, 2024 plan.",
    "Dateline 'Ngày đăng: 22/01/2024 | Lượt xem: 845'. Distractors: counter, 'Nghị định số 67/2019/NĐ-CP', address 'số 02 Trần Phú', phone, office hours.",
    "Headline figures are figures (headline sentence carries 'năm 2023'). '14/17 mỏ' gives total 17; parts after 'gồm' take total 14.",
    "'cao gấp 2,3 lần so với giá khởi điểm' is the change of the 128,4 tỷ (unit lần). The top bid after 'Trong đó' is part of the 128,4 tỷ (total).",
    "The mine lies in huyện Đại Lộc: location Đại Lộc. '52,9 tỷ ..., đạt 78,7%': percent; no total (plan-like amount without a/b cue).",
], F, published="2024-01-22", location="Quảng Nam")
