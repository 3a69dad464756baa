"""p955-2: district portal (huyện Trấn Yên, Yên Bái), làng miến Việt Cường."""
from lib import P, I, C, T, F, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TRẤN YÊN
Tin tức - Sự kiện > Kinh tế
Làng miến Việt Cường tất bật vào vụ
Ngày đăng: 06/02/2023 | Tác giả: Thu Hằng

Xã Việt Cường hiện có 142 hộ làm miến dong, chiếm gần 18% tổng số hộ toàn xã; trong đó 37 hộ sản xuất quy mô lớn, sử dụng máy tráng, máy cắt bán tự động. Làng nghề miến dong Việt Cường được UBND tỉnh công nhận từ năm 2012 theo Quyết định số 1432/QĐ-UBND.

Vụ miến năm 2022 - 2023 bắt đầu từ tháng 10 và kéo dài đến hết tháng 3 năm sau. Trong 3 tháng cuối năm 2022, các hộ đã chế biến khoảng 450 tấn miến, tăng 50 tấn so với cùng kỳ; riêng tháng 12/2022 đạt 190 tấn. Ước cả vụ, sản lượng đạt 850 tấn, doanh thu trên 42 tỷ đồng.

Giá miến dong tại xưởng hiện dao động 60.000-70.000 đồng/kg; giá củ dong riềng tươi thu mua khoảng 2.500 đồng/kg, giảm khoảng 500 đồng/kg so với vụ trước. Để làm 1 tấn miến cần 6-7 tấn củ dong; mỗi ngày một hộ quy mô lớn sản xuất 400-500 kg miến.

Nghề miến giúp thu nhập bình quân của lao động làng nghề đạt 5,5 triệu đồng/người/tháng, cao hơn 1,2 triệu đồng so với lao động thuần nông. Năm 2022, xã có thêm 2 sản phẩm miến đạt OCOP 3 sao, nâng tổng số sản phẩm OCOP của xã lên 4 sản phẩm.

Năm 2023, xã phấn đấu mở rộng diện tích trồng dong riềng lên 60 ha, hỗ trợ 15 hộ đầu tư lò sấy, máy tráng. Dự kiến đến hết vụ, sản lượng miến toàn huyện đạt khoảng 1.300 tấn, trong đó Việt Cường chiếm trên 65%.

Nguồn: Trung tâm Truyền thông và Văn hóa huyện Trấn Yên
Địa chỉ: Tổ dân phố 5, thị trấn Cổ Phúc, huyện Trấn Yên, tỉnh Yên Bái. Điện thoại: 0216.3825.104
"""

SEASON = P("Vụ miến năm 2022 - 2023", "2022-10-01", "2023-03-31", inherited=True)
Q4 = P("3 tháng cuối năm 2022", "2022-10-01", "2022-12-31")
DEC = P("tháng 12/2022", "2022-12-01", "2022-12-31")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("có 142 hộ làm miến dong", "142", 142, "count", "hộ", "hộ làm miến dong", percent=18),
    F("37 hộ sản xuất quy mô lớn", "37", 37, "count", "hộ", "hộ sản xuất miến quy mô lớn", total=142),
    F("khoảng 450 tấn miến", "450", 450, "measure", "tấn", "miến các hộ đã chế biến", Q4, approx="about",
      change=C("increase", 50, "tấn", "cùng kỳ")),
    F("đạt 190 tấn", "190", 190, "measure", "tấn", "miến chế biến", DEC),
    F("đạt 850 tấn", "850", 850, "measure", "tấn", "sản lượng miến cả vụ", SEASON, status="estimate"),
    F("trên 42 tỷ đồng", "42", 42e9, "money", "đồng", "doanh thu miến cả vụ", SEASON, approx="over",
      status="estimate"),
    F("60.000-70.000 đồng/kg", "60.000", 60000, "money", "đồng/kg", "giá miến dong tại xưởng", value_max=70000),
    F("khoảng 2.500 đồng/kg", "2.500", 2500, "money", "đồng/kg", "giá củ dong riềng tươi thu mua", approx="about",
      change=C("decrease", 500, "đồng/kg", "vụ trước", approx="about")),
    F("làm 1 tấn miến", "1", 1, "measure", "tấn", optional=True),
    F("cần 6-7 tấn củ dong", "6", 6, "measure", "tấn", "củ dong cần để làm 1 tấn miến", value_max=7),
    F("400-500 kg miến", "400", 400, "measure", "kg", "miến một hộ quy mô lớn sản xuất mỗi ngày", value_max=500),
    F("đạt 5,5 triệu đồng/người/tháng", "5,5", 5.5e6, "money", "đồng/người/tháng",
      "thu nhập bình quân của lao động làng nghề", change=C("increase", 1.2e6, "đồng", "lao động thuần nông")),
    F("thêm 2 sản phẩm miến", "2", 2, "count", "sản phẩm", "sản phẩm miến đạt OCOP 3 sao", Y22),
    F("OCOP 3 sao", "3", 3, "measure", "sao", optional=True),
    F("lên 4 sản phẩm", "4", 4, "count", "sản phẩm", "tổng số sản phẩm OCOP của xã", Y22),
    F("lên 60 ha", "60", 60, "measure", "ha", "diện tích trồng dong riềng", Y23, status="target"),
    F("hỗ trợ 15 hộ", "15", 15, "count", "hộ", "hộ được hỗ trợ đầu tư lò sấy, máy tráng", Y23, status="target"),
    F("khoảng 1.300 tấn", "1.300", 1300, "measure", "tấn", "sản lượng miến toàn huyện", approx="about",
      status="forecast"),
    F("trên 65%", "65", 65, "percent", "%", "tỷ trọng sản lượng miến của Việt Cường", approx="over",
      status="forecast"),
]

COMMENTS = [
    "Cổng TTĐT huyện Trấn Yên (Yên Bái): làng miến dong Việt Cường, vụ 2022-2023. Location: the district Trấn Yên (xã Việt Cường lies in it).",
    "Distractors: 'Ngày đăng: 06/02/2023', 'từ năm 2012', 'Quyết định số 1432/QĐ-UBND', 'Tổ dân phố 5', phone '0216.3825.104'.",
    "'3 tháng cuối năm 2022' = Oct-Dec 2022. 'riêng tháng 12/2022 đạt 190 tấn' is a different period, so no total 450.",
    "'Ước cả vụ' -> the season defined in the previous sentence (Oct 2022 - Mar 2023), inherited. '1 tấn miến' is the rate's base: optional.",
    "'trong đó Việt Cường chiếm trên 65%' is a share of another whole (the commune's share of the district output): a percent figure of its own.",
]

if __name__ == "__main__":
    write(2, TEXT, FIGS, COMMENTS, published="2023-02-06", location="Trấn Yên")
