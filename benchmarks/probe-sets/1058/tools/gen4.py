"""p1058-4: Ministry of Health portal, national drug-retail network and inspections (to 31/10/2024)."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ BỘ Y TẾ
Trang chủ > Tin tức - Sự kiện > Hoạt động của Bộ
Ngày đăng: 26/11/2024 | Lượt xem: 1.574

95,8% cơ sở bán lẻ thuốc trên cả nước đã kết nối liên thông

Theo Cục Quản lý Dược, tính đến ngày 31/10/2024, cả nước có 63.524 cơ sở bán lẻ thuốc đang hoạt động, tăng khoảng 4,7% so với cuối năm 2023. Trong đó, nhà thuốc có 29.835 cơ sở, quầy thuốc có 31.206 cơ sở, còn lại là tủ thuốc trạm y tế xã. Số cơ sở đã kết nối liên thông với Hệ thống cơ sở dữ liệu dược quốc gia là 60.856 cơ sở, chiếm 95,8%.

Các địa phương có tỷ lệ kết nối cao là Đà Nẵng (100%), Bắc Ninh (99,7%) và Thái Bình (99,5%); một số địa phương còn thấp như Kon Tum (78,2%), Điện Biên (81,6%).

Từ đầu năm đến nay, thanh tra dược của 63/63 tỉnh, thành phố đã kiểm tra trên 21.000 lượt cơ sở, phát hiện 2.145 cơ sở vi phạm, chiếm 10,2%; tổng số tiền xử phạt hơn 18,6 tỷ đồng, gấp 1,3 lần cùng kỳ năm 2023. Lỗi bán thuốc kê đơn không có đơn chiếm tới 37% số vi phạm.

Cục Quản lý Dược cho biết, theo Luật sửa đổi, bổ sung một số điều của Luật Dược số 44/2024/QH15, từ ngày 1/7/2025 cơ sở bán lẻ thuốc phải bán thuốc kê đơn theo đơn thuốc điện tử. Mục tiêu đến năm 2025, 100% cơ sở bán lẻ thuốc kết nối liên thông; đến năm 2030, ít nhất 70% xã, phường có nhà thuốc đạt chuẩn GPP.

Địa chỉ: 138A Giảng Võ, Ba Đình, Hà Nội. Điện thoại: 024.6273.2273
"""

ASOF = P("tính đến ngày 31/10/2024", None, "2024-10-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-11-26")

FIGS = [
    F("95,8% cơ sở bán lẻ", "95,8", 95.8, "percent", "%", "cơ sở bán lẻ thuốc đã kết nối liên thông"),
    F("có 63.524 cơ sở", "63.524", 63524, "count", "cơ sở", "cơ sở bán lẻ thuốc đang hoạt động", ASOF,
      change=C("increase", 4.7, "%", "cuối năm 2023", approx="about")),
    F("có 29.835 cơ sở", "29.835", 29835, "count", "cơ sở", "nhà thuốc", I(ASOF), total=63524),
    F("có 31.206 cơ sở", "31.206", 31206, "count", "cơ sở", "quầy thuốc", I(ASOF), total=63524),
    F("là 60.856 cơ sở", "60.856", 60856, "count", "cơ sở",
      "cơ sở đã kết nối liên thông với Hệ thống cơ sở dữ liệu dược quốc gia", I(ASOF), percent=95.8),
    F("Đà Nẵng (100%)", "100", 100, "percent", "%", "tỷ lệ kết nối liên thông", I(ASOF), location="Đà Nẵng"),
    F("Bắc Ninh (99,7%)", "99,7", 99.7, "percent", "%", "tỷ lệ kết nối liên thông", I(ASOF), location="Bắc Ninh"),
    F("Thái Bình (99,5%)", "99,5", 99.5, "percent", "%", "tỷ lệ kết nối liên thông", I(ASOF),
      location="Thái Bình"),
    F("Kon Tum (78,2%)", "78,2", 78.2, "percent", "%", "tỷ lệ kết nối liên thông", I(ASOF), location="Kon Tum"),
    F("Điện Biên (81,6%)", "81,6", 81.6, "percent", "%", "tỷ lệ kết nối liên thông", I(ASOF),
      location="Điện Biên"),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố có thanh tra dược kiểm tra", YTD,
      total=63),
    F("trên 21.000 lượt", "21.000", 21000, "count", "lượt cơ sở", "lượt cơ sở được kiểm tra", YTD,
      approx="over"),
    F("2.145 cơ sở", "2.145", 2145, "count", "cơ sở", "cơ sở vi phạm", YTD, percent=10.2),
    F("hơn 18,6 tỷ đồng", "18,6", 18.6e9, "money", "đồng", "tổng số tiền xử phạt", YTD, approx="over",
      change=C("increase", 1.3, "lần", "cùng kỳ năm 2023")),
    F("tới 37%", "37", 37, "percent", "%", "lỗi bán thuốc kê đơn không có đơn trong số vi phạm", I(YTD)),
    F("2025, 100% cơ sở", "100", 100, "percent", "%", "cơ sở bán lẻ thuốc kết nối liên thông",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("ít nhất 70%", "70", 70, "percent", "%", "xã, phường có nhà thuốc đạt chuẩn GPP",
      P("đến năm 2030", None, "2030-12-31"), approx="at_least", status="target"),
]

NOTES = [
    "Bộ Y tế portal (Cục Quản lý Dược), national figures; 'Ngày đăng: 26/11/2024 | Lượt xem: 1.574'. Location Việt Nam except the provinces in the list of connection rates.",
    "Headline 95,8% has no period. 'Trong đó, nhà thuốc có 29.835 cơ sở' follows the whole 63.524 across a sentence break (total 63524).",
    "'60.856 cơ sở, chiếm 95,8%': percent attribute, no total (no part-of cue). '2.145 cơ sở vi phạm, chiếm 10,2%' likewise.",
    "'63/63 tỉnh, thành phố' is a count of provinces: total 63, location Việt Nam. 'Từ đầu năm đến nay' ends at the published date 2024-11-26.",
    "'hơn 18,6 tỷ đồng, gấp 1,3 lần cùng kỳ năm 2023': the multiple is the money figure's change (increase, 1.3 lần), not a figure of its own.",
    "'chiếm tới 37%': 'tới' is emphasis, approx exact. Distractors: Luật Dược số 44/2024/QH15, 'từ ngày 1/7/2025', 138A Giảng Võ, 024.6273.2273, Lượt xem.",
]

write("p1058-4", TEXT, FIGS, NOTES, published="2024-11-26", location="Việt Nam")
