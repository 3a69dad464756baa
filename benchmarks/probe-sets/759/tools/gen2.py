"""p759-2: Bắc Yên (Sơn La) district portal — goat herd Q1/2024, communes, poverty exit, credit, Boer model, 2024 plan."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BẮC YÊN - TỈNH SƠN LA
Trang chủ » Tin tức » Kinh tế - Nông nghiệp
Thứ Năm, 21/03/2024 - 15:20

Bắc Yên: Chăn nuôi dê giúp hơn 300 hộ thoát nghèo

Những năm gần đây, chăn nuôi dê theo hướng hàng hóa đã trở thành sinh kế chính của nhiều hộ đồng bào Mông, Dao ở các xã vùng cao của huyện. Quý I/2024, tổng đàn dê toàn huyện đạt 24.860 con, tăng 1.150 con so với cuối năm 2023; đàn thỏ đạt 3.420 con. Các xã Tà Xùa, Xím Vàng, Hang Chú có đàn dê lớn nhất, lần lượt đạt 4.120 con, 3.860 con và 3.540 con.

Giai đoạn 2021-2023, toàn huyện có 312 hộ thoát nghèo nhờ chăn nuôi dê, chiếm 28,4% tổng số hộ thoát nghèo. Thu nhập từ bán dê thịt của các hộ bình quân từ 40 đến 60 triệu đồng/hộ/năm.

Năm 2023, Phòng Giao dịch Ngân hàng Chính sách xã hội huyện đã giải ngân 8,75 tỷ đồng cho 175 hộ vay vốn phát triển chăn nuôi dê, mức vay bình quân 50 triệu đồng/hộ.

Mô hình nuôi dê lai Boer tại xã Phiêng Ban có 25 hộ tham gia, mỗi hộ được hỗ trợ 5 con dê cái và 1 con dê đực giống. Sau 18 tháng, đàn dê của mô hình đã tăng từ 150 con lên 286 con, trọng lượng dê thịt xuất chuồng cao hơn dê địa phương từ 20 đến 25%.

Năm 2024, huyện phấn đấu tổng đàn dê đạt 27.000 con, đàn thỏ 4.000 con; thành lập mới 2 hợp tác xã chăn nuôi dê tại Tà Xùa và Làng Chếu.

Hoàng Thu - Trung tâm Văn hóa, Thể thao và Truyền thông huyện
Địa chỉ: Tiểu khu 2, thị trấn Bắc Yên (Quốc lộ 37) - Điện thoại: 0212.3860.225
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
G = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 300 hộ", "300", 300, "count", "hộ", "hộ thoát nghèo nhờ chăn nuôi dê", approx="over"),
    F("đạt 24.860 con", "24.860", 24860, "count", "con", "tổng đàn dê toàn huyện", Q1,
      change=CH("increase", 1150, "con", baseline="cuối năm 2023")),
    F("đạt 3.420 con", "3.420", 3420, "count", "con", "đàn thỏ", Q1),
    F("đạt 4.120 con", "4.120", 4120, "count", "con", "đàn dê xã Tà Xùa", I(Q1)),
    F("3.860 con", "3.860", 3860, "count", "con", "đàn dê xã Xím Vàng", I(Q1)),
    F("3.540 con", "3.540", 3540, "count", "con", "đàn dê xã Hang Chú", I(Q1)),
    F("có 312 hộ", "312", 312, "count", "hộ", "hộ thoát nghèo nhờ chăn nuôi dê", G, percent=28.4),
    F("từ 40 đến 60", "40", 40000000, "money", "đồng/hộ/năm", "thu nhập từ bán dê thịt của các hộ",
      value_max=60000000),
    F("giải ngân 8,75 tỷ đồng", "8,75", 8750000000, "money", "đồng", "vốn vay giải ngân phát triển chăn nuôi dê", Y23),
    F("cho 175 hộ", "175", 175, "count", "hộ", "hộ vay vốn phát triển chăn nuôi dê", Y23),
    F("bình quân 50 triệu", "50", 50000000, "money", "đồng/hộ", "mức vay bình quân", Y23),
    F("có 25 hộ", "25", 25, "count", "hộ", "hộ tham gia mô hình nuôi dê lai Boer tại xã Phiêng Ban"),
    F("hỗ trợ 5 con dê cái", "5", 5, "count", "con", "dê cái được hỗ trợ mỗi hộ"),
    F("và 1 con dê đực", "1", 1, "count", "con", "dê đực giống được hỗ trợ mỗi hộ"),
    F("từ 150 con", "150", 150, "count", "con", "đàn dê của mô hình ban đầu"),
    F("lên 286 con", "286", 286, "count", "con", "đàn dê của mô hình"),
    F("từ 20 đến 25%", "20", 20, "percent", "%", "trọng lượng dê thịt xuất chuồng cao hơn dê địa phương",
      value_max=25),
    F("đạt 27.000 con", "27.000", 27000, "count", "con", "tổng đàn dê", Y24, status="target"),
    F("đàn thỏ 4.000 con", "4.000", 4000, "count", "con", "đàn thỏ", Y24, status="target"),
    F("mới 2 hợp tác xã", "2", 2, "count", "hợp tác xã", "hợp tác xã chăn nuôi dê thành lập mới", Y24, status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Bắc Yên (Sơn La): chăn nuôi dê quý I/2024, xã vùng cao, hộ thoát nghèo, vốn vay, mô hình dê lai Boer, kế hoạch 2024.",
    "Dateline 'Thứ Năm, 21/03/2024 - 15:20'. 'Tiểu khu 2', 'Quốc lộ 37', the phone, 'Sau 18 tháng' (a duration) are not figures.",
    "Location is the district Bắc Yên throughout; communes (Tà Xùa, Xím Vàng, Hang Chú, Phiêng Ban) are not provinces/districts, so they",
    "stay in the subject and the location stays Bắc Yên. 'tăng từ 150 con lên 286 con': both levels are counts of their own (no change",
    "amount is stated). 'cao hơn … từ 20 đến 25%' is a rate that is the claim: a percent figure with no change.",
]

if __name__ == "__main__":
    emit("p759-2", TEXT, COMMENTS, FIGS, published="2024-03-21", location="Bắc Yên")
