from lib import F, P, Y, CH, TG, emit

TEXT = """TRANG THÔNG TIN ĐIỆN TỬ HUYỆN CAO PHONG
Tin tức > Kinh tế - Nông nghiệp

Nâng cao giá trị cây cam nhờ sản xuất theo tiêu chuẩn VietGAP
Ngày đăng: 05/07/2024

6 tháng đầu năm 2024, toàn huyện duy trì 1.050 ha cây ăn quả có múi được cấp giấy chứng nhận VietGAP, đạt 87,5% kế hoạch năm; trong đó diện tích cam 812 ha, bưởi 238 ha. Cao Phong hiện đứng thứ 2 trong tỉnh về diện tích cây có múi, chỉ sau huyện Lạc Sơn.

Sản lượng cam, bưởi VietGAP ước đạt 14,2 nghìn tấn, tăng 6,3% so với cùng kỳ; giá trị sản phẩm ước đạt trên 215 tỷ đồng. Về năng suất bình quân, cam Xã Đoài đạt 21 tấn/ha, cam Canh 18,5 tấn/ha, bưởi đỏ 16 tấn/ha.

Trên địa bàn huyện có 14 hợp tác xã và 5 tổ hợp tác sản xuất cam. Trong số 14 hợp tác xã, có 9 HTX đã ký hợp đồng liên kết tiêu thụ với các siêu thị, doanh nghiệp tại Hà Nội. Nhờ liên kết, giá cam VietGAP bán tại vườn dao động từ 18.000 đến 25.000 đồng/kg, cao hơn 3.000-5.000 đồng/kg so với cam sản xuất thông thường.

Năm 2024, huyện bố trí 1,8 tỷ đồng từ ngân sách để hỗ trợ chi phí chứng nhận, cấp mã số vùng trồng; mức hỗ trợ 50% chi phí, không quá 30 triệu đồng/HTX. Mục tiêu đến năm 2025, huyện có 1.300 ha cam, bưởi đạt chứng nhận VietGAP và 50 ha sản xuất theo hướng hữu cơ.

Ông Bùi Văn Thắng, Trưởng phòng Nông nghiệp và PTNT huyện cho biết: "Thương hiệu cam Cao Phong được cấp văn bằng chỉ dẫn địa lý số 00051 từ năm 2014. Việc mở rộng diện tích VietGAP giúp người trồng cam giữ vững thị trường".

Bùi Hằng - Phòng NN&PTNT

Địa chỉ: Khu 2, thị trấn Cao Phong, huyện Cao Phong, tỉnh Hòa Bình. Điện thoại: 0218.3840.105
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
Y24 = Y("Năm 2024", 2024)
T2025 = P("đến năm 2025", None, "2025-12-31")
YIELD = "năng suất bình quân"

FIGS = [
    F("duy trì 1.050 ha", "1.050", 1050, "measure", "ha",
      "diện tích cây ăn quả có múi được cấp giấy chứng nhận VietGAP", H1, percent=87.5),
    F("cam 812 ha", "812", 812, "measure", "ha", "diện tích cam được cấp giấy chứng nhận VietGAP", H1, total=1050),
    F("bưởi 238 ha", "238", 238, "measure", "ha", "diện tích bưởi được cấp giấy chứng nhận VietGAP", H1, total=1050),
    F("đứng thứ 2", "2", 2, "rank", "hạng", "diện tích cây có múi trong tỉnh", H1i),
    F("ước đạt 14,2 nghìn tấn", "14,2", 14200, "measure", "tấn", "sản lượng cam, bưởi VietGAP", H1i,
      change=CH("increase", 6.3, "%", "cùng kỳ"), status="estimate"),
    F("trên 215 tỷ đồng", "215", 215e9, "money", "đồng", "giá trị sản phẩm cam, bưởi VietGAP", H1i,
      approx="over", status="estimate"),
    F("đạt 21 tấn/ha", "21", 21, "measure", "tấn/ha", YIELD + " cam Xã Đoài", H1i),
    F("Canh 18,5 tấn/ha", "18,5", 18.5, "measure", "tấn/ha", YIELD + " cam Canh", H1i),
    F("đỏ 16 tấn/ha", "16", 16, "measure", "tấn/ha", YIELD + " bưởi đỏ", H1i),
    F("có 14 hợp tác xã và", "14", 14, "count", "hợp tác xã", "hợp tác xã sản xuất cam"),
    F("5 tổ hợp tác", "5", 5, "count", "tổ hợp tác", "tổ hợp tác sản xuất cam"),
    F("Trong số 14 hợp tác xã", "14", 14, "count", "hợp tác xã", "hợp tác xã sản xuất cam", optional=True),
    F("có 9 HTX", "9", 9, "count", "HTX", "HTX đã ký hợp đồng liên kết tiêu thụ", total=14),
    F("từ 18.000 đến 25.000 đồng/kg", "18.000", 18000, "money", "đồng/kg", "giá cam VietGAP bán tại vườn",
      value_max=25000, change=CH("increase", 3000, "đồng/kg", "cam sản xuất thông thường")),
    F("bố trí 1,8 tỷ đồng", "1,8", 1.8e9, "money", "đồng",
      "ngân sách hỗ trợ chi phí chứng nhận, cấp mã số vùng trồng", Y24),
    F("hỗ trợ 50% chi phí", "50", 50, "percent", "%", "mức hỗ trợ chi phí chứng nhận", Y24),
    F("không quá 30 triệu đồng/HTX", "30", 30e6, "money", "đồng/HTX", "mức hỗ trợ chi phí chứng nhận", Y24,
      approx="at_most"),
    F("có 1.300 ha", "1.300", 1300, "measure", "ha", "diện tích cam, bưởi đạt chứng nhận VietGAP", T2025,
      status="target"),
    F("và 50 ha", "50", 50, "measure", "ha", "diện tích sản xuất theo hướng hữu cơ", T2025, status="target"),
]

COMMENTS = [
    "District portal (huyện Cao Phong, Hòa Bình): citrus VietGAP area, output, cooperatives, prices, support; 'Ngày đăng:' without time.",
    "'đạt 87,5% kế hoạch năm' is the percent of 1.050 ha; 812 + 238 = 1.050 after 'trong đó' (total).",
    "'đứng thứ 2 trong tỉnh' is a rank (its sentence names no period: none). Second-paragraph figures inherit '6 tháng đầu năm 2024'.",
    "'Trong số 14 hợp tác xã' repeats the whole of the next sentence: optional; 9 HTX takes total 14 ('trong số N').",
    "Price range 18.000-25.000 đồng/kg with 'cao hơn 3.000-5.000 đồng/kg so với ...' as its change (lower end of the range, 3000).",
    "'Năm 2024' governs the whole budget sentence (1,8 tỷ; 50%; 30 triệu at_most). Varieties cam Xã Đoài / cam Canh are not places.",
    "Distractors: văn bằng chỉ dẫn địa lý số 00051, 'từ năm 2014', Khu 2, phone 0218.3840.105, 'Hà Nội' (buyers' place, not the figure's).",
]

if __name__ == "__main__":
    emit("p380-2", TEXT, COMMENTS, FIGS, published="2024-07-05", location="Cao Phong")
