"""p1039-2: huyện Gò Công Đông (Tiền Giang) district portal, swiftlet houses by commune, 2023."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN GÒ CÔNG ĐÔNG
Trang chủ / Tin tức - Sự kiện / Kinh tế

Nghề nuôi chim yến phát triển mạnh ở các xã ven biển

Thứ Ba, 14/11/2023 - 10:20

Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, tính đến cuối tháng 10/2023, toàn huyện có 642 nhà nuôi chim yến, tăng 57 nhà so với cùng kỳ năm 2022. Trong đó, xã Tân Thành có 138 nhà, xã Kiểng Phước 96 nhà, xã Tân Điền 81 nhà, thị trấn Vàm Láng 64 nhà; số còn lại phân bố ở 8 xã khác.

Từ đầu năm đến nay, sản lượng tổ yến thu hoạch trên địa bàn huyện ước đạt 3.850 kg, tăng 9,2% so với cùng kỳ; giá trị ước đạt 77 tỷ đồng. Bình quân mỗi nhà yến cho thu hoạch từ 6 đến 8 kg tổ/năm, những nhà nuôi trên 10 năm cho thu trên 20 kg tổ/năm.

Giá tổ yến thô hiện được thương lái thu mua khoảng 19-21 triệu đồng/kg, thấp hơn 3 triệu đồng/kg so với cuối năm 2022. Ông Trần Văn Bảy, ấp 4, xã Tân Thành cho biết, gia đình có 2 nhà yến với tổng diện tích 450 m2, mỗi năm thu khoảng 35 kg tổ, sau khi trừ chi phí còn lãi trên 500 triệu đồng.

Toàn huyện hiện có 12 cơ sở sơ chế, chế biến tổ yến, trong đó 5 cơ sở có sản phẩm đạt chứng nhận OCOP 3 sao. Nghề yến đang tạo việc làm thường xuyên cho hơn 1.200 lao động địa phương.

Để quản lý, UBND huyện đã ban hành Kế hoạch số 215/KH-UBND ngày 08/3/2023, yêu cầu không xây dựng nhà yến mới trong bán kính 300 m tính từ trường học, trạm y tế. Năm 2024, huyện phấn đấu 100% nhà yến được kê khai cơ sở chăn nuôi theo Luật Chăn nuôi 2018 và Nghị định số 13/2020/NĐ-CP; dự kiến tổ chức 6 lớp tập huấn kỹ thuật cho khoảng 250 hộ nuôi.

Minh Tâm (Phòng NN&PTNT)

UBND huyện Gò Công Đông - Địa chỉ: khu phố Hòa Thơ, thị trấn Tân Hòa - Điện thoại: 0273.3946.112
"""

ASOF = P("tính đến cuối tháng 10/2023", None, "2023-10-31")
YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-11-14")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    F("có 642 nhà", "642", 642, "count", "nhà", "nhà nuôi chim yến", ASOF,
      change=C("increase", 57, "nhà", "cùng kỳ năm 2022")),
    F("có 138 nhà", "138", 138, "count", "nhà", "nhà nuôi chim yến xã Tân Thành", I(ASOF), total=642),
    F("Kiểng Phước 96 nhà", "96", 96, "count", "nhà", "nhà nuôi chim yến xã Kiểng Phước", I(ASOF), total=642),
    F("Tân Điền 81 nhà", "81", 81, "count", "nhà", "nhà nuôi chim yến xã Tân Điền", I(ASOF), total=642),
    F("Vàm Láng 64 nhà", "64", 64, "count", "nhà", "nhà nuôi chim yến thị trấn Vàm Láng", I(ASOF), total=642),
    F("ở 8 xã khác", "8", 8, "count", "xã", "xã khác có nhà nuôi chim yến", I(ASOF)),
    F("ước đạt 3.850 kg", "3.850", 3850, "measure", "kg", "sản lượng tổ yến thu hoạch", YTD,
      status="estimate", change=C("increase", 9.2, "%", "cùng kỳ")),
    F("ước đạt 77 tỷ đồng", "77", 77e9, "money", "đồng", "giá trị sản lượng tổ yến thu hoạch", YTD,
      status="estimate"),
    F("từ 6 đến 8 kg", "6", 6, "measure", "kg/năm", "sản lượng tổ yến bình quân mỗi nhà yến",
      value_max=8),
    F("nuôi trên 10 năm", "10", 10, "measure", "năm", "thời gian nuôi", approx="over", optional=True),
    F("trên 20 kg", "20", 20, "measure", "kg/năm", "sản lượng tổ yến của nhà nuôi trên 10 năm",
      approx="over"),
    F("khoảng 19-21 triệu", "19", 19e6, "money", "đồng/kg", "giá tổ yến thô thương lái thu mua",
      value_max=21e6, approx="about",
      change=C("decrease", 3e6, "đồng/kg", "cuối năm 2022")),
    F("có 2 nhà yến", "2", 2, "count", "nhà yến", "nhà yến của gia đình ông Trần Văn Bảy"),
    F("450 m2", "450", 450, "measure", "m2", "tổng diện tích nhà yến của gia đình ông Trần Văn Bảy"),
    F("khoảng 35 kg", "35", 35, "measure", "kg", "tổ yến gia đình ông Trần Văn Bảy thu mỗi năm",
      approx="about"),
    F("trên 500 triệu đồng", "500", 500e6, "money", "đồng", "tiền lãi sau khi trừ chi phí",
      approx="over"),
    F("có 12 cơ sở", "12", 12, "count", "cơ sở", "cơ sở sơ chế, chế biến tổ yến"),
    F("đó 5 cơ sở", "5", 5, "count", "cơ sở", "cơ sở có sản phẩm đạt chứng nhận OCOP", total=12),
    F("OCOP 3 sao", "3", 3, "measure", "sao", "hạng OCOP", optional=True),
    F("hơn 1.200 lao động", "1.200", 1200, "count", "lao động", "lao động có việc làm thường xuyên từ nghề yến",
      approx="over"),
    F("bán kính 300 m", "300", 300, "measure", "m", "bán kính không xây dựng nhà yến mới", optional=True),
    F("phấn đấu 100%", "100", 100, "percent", "%", "nhà yến được kê khai cơ sở chăn nuôi", Y24,
      status="target"),
    F("tổ chức 6 lớp", "6", 6, "count", "lớp", "lớp tập huấn kỹ thuật", Y24, status="forecast"),
    F("khoảng 250 hộ", "250", 250, "count", "hộ", "hộ nuôi được tập huấn", Y24, approx="about",
      status="forecast"),
]

NOTES = [
    "District portal of huyện Gò Công Đông (Tiền Giang), 'Thứ Ba, 14/11/2023 - 10:20', byline and footer at the end.",
    "Communes (xã, thị trấn) are not locations of the spec's level: location stays the district, the commune goes into the subject.",
    "Distractors: ấp 4, ông Trần Văn Bảy, Kế hoạch số 215/KH-UBND ngày 08/3/2023,",
    "  Luật Chăn nuôi 2018, Nghị định số 13/2020/NĐ-CP, phone 0273.3946.112. 'OCOP 3 sao' (a rating class) is optional.",
    "'nhà nuôi trên 10 năm' (age class) and 'bán kính 300 m' (siting rule) are optional.",
    "'Từ đầu năm đến nay' ends at the dateline 2023-11-14.",
    "Revised after the first run: per-house yields 'kg tổ/năm' get unit 'kg/năm' (a measure's unit leaves out the material, as '35 kg tổ' -> kg).",
]

if __name__ == "__main__":
    write(2, TEXT, FIGS, NOTES, published="2023-11-14", location="Gò Công Đông")
