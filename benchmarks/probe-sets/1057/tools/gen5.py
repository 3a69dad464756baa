"""p1057-5: Báo Phú Yên (Party newspaper): wastewater of the Đồng Xuân cassava starch plant; byline and bare date at the end."""
from lib import F, P, I, C, T, build

TEXT = """Người dân bức xúc vì nước thải nhà máy tinh bột sắn

Nhiều năm nay, khoảng 300 hộ dân ở thôn Phước Huệ và Phú Xuân A (xã Xuân Quang 1, huyện Đồng Xuân) phải sống chung với mùi hôi từ khu hồ xử lý nước thải của Nhà máy tinh bột sắn Đồng Xuân, nằm cạnh đường ĐT 641.

Nhà máy có công suất 200 tấn tinh bột/ngày, hệ thống xử lý gồm 12 hồ sinh học với tổng dung tích khoảng 180.000 m3. Vào cao điểm vụ ép, lượng nước thải lên tới 2.400 m3/ngày, vượt khả năng xử lý của hệ thống. Kết quả lấy mẫu của đoàn kiểm tra liên ngành ngày 14/11 cho thấy chỉ tiêu COD vượt quy chuẩn cho phép 2,3 lần, tổng chất rắn lơ lửng vượt 1,6 lần.

Với các vi phạm này, công ty bị xử phạt 320 triệu đồng và bị đình chỉ hoạt động hệ thống xả thải 3 tháng theo Nghị định số 45/2022/NĐ-CP. Ông Nguyễn Văn Ba, Giám đốc nhà máy, cho biết công ty đã đầu tư thêm 15 tỷ đồng xây dựng bể UASB thu hồi khí biogas; công trình dự kiến hoàn thành trong quý I/2024, giúp giảm khoảng 70% lượng COD trước khi nước thải vào hồ sinh học.

Toàn tỉnh hiện có 4 nhà máy chế biến tinh bột sắn với tổng công suất 830 tấn tinh bột/ngày. Vụ 2023-2024, diện tích sắn toàn tỉnh khoảng 26.500 ha, sản lượng dự kiến đạt 620.000 tấn củ. Giá củ sắn tươi đầu vụ ở mức 3.000-3.200 đồng/kg, cao hơn vụ trước khoảng 500 đồng/kg.

Sở Tài nguyên và Môi trường đề nghị đến hết quý II/2024, nhà máy phải hoàn thành nâng cấp hệ thống xử lý, bảo đảm nước thải đầu ra đạt cột B của QCVN 63:2017/BTNMT; nếu tái phạm sẽ đề xuất đình chỉ hoạt động sản xuất.

MINH KHOA
05/12/2023
"""

DX = "Đồng Xuân"

FIGS = [
    F("khoảng 300 hộ dân", "300", 300, "count", "hộ dân", "hộ dân sống chung với mùi hôi từ khu hồ xử lý nước thải", approx="about",
      location=DX),
    F("công suất 200 tấn tinh bột/ngày", "200", 200, "measure", "tấn/ngày", "công suất nhà máy tinh bột sắn Đồng Xuân",
      location=DX),
    F("gồm 12 hồ sinh học", "12", 12, "count", "hồ sinh học", "hồ sinh học của hệ thống xử lý", location=DX),
    F("khoảng 180.000 m3", "180.000", 180000, "measure", "m3", "tổng dung tích hồ sinh học", approx="about", location=DX),
    F("lên tới 2.400 m3/ngày", "2.400", 2400, "measure", "m3/ngày", "lượng nước thải vào cao điểm vụ ép", location=DX),
    F("cho phép 2,3 lần", "2,3", 2.3, "multiple", "lần", "chỉ tiêu COD vượt quy chuẩn cho phép", location=DX),
    F("vượt 1,6 lần", "1,6", 1.6, "multiple", "lần", "tổng chất rắn lơ lửng vượt quy chuẩn", location=DX),
    F("xử phạt 320 triệu đồng", "320", 320e6, "money", "đồng", "tiền xử phạt công ty", location=DX),
    F("xả thải 3 tháng", "3", 3, "measure", "tháng", "thời hạn đình chỉ hoạt động hệ thống xả thải", location=DX, optional=True),
    F("thêm 15 tỷ đồng", "15", 15e9, "money", "đồng", "vốn đầu tư xây dựng bể UASB thu hồi khí biogas", location=DX),
    F("khoảng 70% lượng COD", "70", 70, "percent", "%", "lượng COD giảm trước khi nước thải vào hồ sinh học", approx="about",
      status="forecast", location=DX),
    F("có 4 nhà máy", "4", 4, "count", "nhà máy", "nhà máy chế biến tinh bột sắn"),
    F("công suất 830 tấn tinh bột/ngày", "830", 830, "measure", "tấn/ngày", "tổng công suất"),
    F("khoảng 26.500 ha", "26.500", 26500, "measure", "ha", "diện tích sắn", approx="about"),
    F("đạt 620.000 tấn củ", "620.000", 620000, "measure", "tấn", "sản lượng sắn củ", status="forecast"),
    F("mức 3.000-3.200 đồng/kg", "3.000", 3000, "money", "đồng/kg", "giá củ sắn tươi đầu vụ", value_max=3200,
      change=C("increase", 500, "đồng/kg", "vụ trước", approx="about")),
]

NOTES = [
    "Báo Phú Yên, byline 'MINH KHOA' and bare date '05/12/2023' at the end (= published).",
    "The plant and its villages lie in huyện Đồng Xuân: their figures take location Đồng Xuân; the province totals take Phú Yên.",
    "'vượt quy chuẩn cho phép 2,3 lần', 'vượt 1,6 lần' stand alone as claims: multiple. 'lên tới 2.400 m3/ngày' read as exact (a peak, not a bound).",
    "'đình chỉ ... 3 tháng' is the length of a sanction: optional. 'giúp giảm khoảng 70%' continues the 'dự kiến' clause: forecast.",
    "'Vụ 2023-2024' is a crop season, not a calendar period: no period. 'ngày 14/11', 'quý I/2024', 'quý II/2024' are dates/deadlines.",
    "Not figures: 'xã Xuân Quang 1', 'ĐT 641', 'Nguyễn Văn Ba', Nghị định số 45/2022/NĐ-CP, QCVN 63:2017/BTNMT, 'cột B'.",
    "revised after first.txt: capacity units written 'tấn <material>/ngày|năm' reduced to 'tấn/ngày' / 'tấn/năm' (FIGURES.md: shortest noun phrase; the set's other tonnages already use 'tấn' with the material in the subject).",
]

if __name__ == "__main__":
    build(5, TEXT, FIGS, published="2023-12-05", location="Phú Yên", notes=NOTES)
