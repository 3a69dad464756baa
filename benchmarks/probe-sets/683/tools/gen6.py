"""p683-6: national press (VnExpress style) — counterfeit sâm Ngọc Linh seized in Kon Tum; QLTT Quảng Nam results."""
from lib import F, P, I, CH, emit

TEXT = """Thời sự › Pháp luật
Thứ ba, 12/3/2024, 14:20 (GMT+7)

Thu giữ 125 kg củ tam thất giả sâm Ngọc Linh

Kon Tum - Công an tỉnh phát hiện cơ sở dùng củ tam thất, sâm Trung Quốc để làm giả sâm Ngọc Linh, thu giữ 125 kg củ và 1.240 chai rượu ngâm.

Theo Phòng Cảnh sát kinh tế Công an tỉnh Kon Tum, chiều 11/3, tổ công tác kiểm tra ôtô biển kiểm soát 82A-135.47 trên Quốc lộ 40B, phát hiện 38 kg củ sâm không rõ nguồn gốc. Mở rộng điều tra, cảnh sát khám xét kho hàng tại số 215 Phan Đình Phùng, TP Kon Tum, thu giữ thêm 87 kg củ cùng 1.240 chai rượu ngâm sâm, mỗi chai 2 lít.

Chủ cơ sở là Nguyễn Văn H. (42 tuổi) khai nhập củ tam thất, sâm Trung Quốc với giá 2-3 triệu đồng/kg, cắt rễ, tạo đốt giả sâm Ngọc Linh rồi bán với giá 40-60 triệu đồng/kg, thu lời gấp 20 lần. Từ tháng 10/2023 đến nay, cơ sở đã tiêu thụ khoảng 300 kg, thu lợi bất chính ước hơn 10 tỷ đồng. Cơ quan công an đã tạm giữ hình sự ba đối tượng.

Sâm Ngọc Linh thật hiện có giá 80-150 triệu đồng/kg tùy loại. Kon Tum có khoảng 1.060 ha sâm Ngọc Linh, trong đó hơn 600 ha tại huyện Tu Mơ Rông.

Tại Quảng Nam, năm 2023 lực lượng quản lý thị trường phát hiện 47 vụ kinh doanh sâm giả, sâm không rõ nguồn gốc, tăng 12 vụ so với năm 2022; xử phạt hơn 1,3 tỷ đồng; tiêu hủy 512 kg củ, thân, lá sâm các loại. Người dân phát hiện vi phạm có thể báo qua đường dây nóng 0235.3810.123.

Trần Hoàn
"""

SINCE = P("Từ tháng 10/2023 đến nay", "2023-10-01", "2024-03-12")
QN23 = P("năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("Thu giữ 125 kg", "125", 125, "measure", "kg", "củ tam thất giả sâm Ngọc Linh thu giữ", location="Kon Tum"),
    F("thu giữ 125 kg củ", "125", 125, "measure", "kg", "củ sâm giả thu giữ", location="Kon Tum"),
    F("và 1.240 chai", "1.240", 1240, "count", "chai rượu ngâm", "chai rượu ngâm thu giữ", location="Kon Tum"),
    F("phát hiện 38 kg", "38", 38, "measure", "kg", "củ sâm không rõ nguồn gốc phát hiện trên ôtô", location="Kon Tum"),
    F("thêm 87 kg", "87", 87, "measure", "kg", "củ thu giữ thêm tại kho hàng", location="Kon Tum"),
    F("cùng 1.240 chai", "1.240", 1240, "count", "chai rượu ngâm sâm", "chai rượu ngâm sâm thu giữ tại kho hàng",
      location="Kon Tum"),
    F("mỗi chai 2 lít", "2", 2, "measure", "lít", "dung tích mỗi chai rượu ngâm sâm", location="Kon Tum"),
    F("(42 tuổi)", "42", 42, "measure", "tuổi", "tuổi chủ cơ sở", location="Kon Tum", optional=True),
    F("giá 2-3 triệu đồng/kg", "2", 2e6, "money", "đồng/kg", "giá nhập củ tam thất, sâm Trung Quốc", value_max=3e6,
      location="Kon Tum"),
    F("giá 40-60 triệu đồng/kg", "40", 40e6, "money", "đồng/kg", "giá bán sâm giả", value_max=60e6, location="Kon Tum"),
    F("gấp 20 lần", "20", 20, "multiple", "lần", "thu lời", location="Kon Tum"),
    F("khoảng 300 kg", "300", 300, "measure", "kg", "sâm giả đã tiêu thụ", SINCE, approx="about", location="Kon Tum"),
    F("ước hơn 10 tỷ đồng", "10", 10e9, "money", "đồng", "thu lợi bất chính", SINCE, approx="over", status="estimate",
      location="Kon Tum"),
    F("ba đối tượng", "ba", 3, "count", "đối tượng", "đối tượng bị tạm giữ hình sự", location="Kon Tum"),
    F("giá 80-150 triệu đồng/kg", "80", 80e6, "money", "đồng/kg", "giá sâm Ngọc Linh thật", value_max=150e6,
      location="Kon Tum"),
    F("khoảng 1.060 ha", "1.060", 1060, "measure", "ha", "diện tích sâm Ngọc Linh", approx="about", location="Kon Tum"),
    F("hơn 600 ha", "600", 600, "measure", "ha", "diện tích sâm Ngọc Linh", approx="over", total=1060,
      location="Tu Mơ Rông"),
    F("phát hiện 47 vụ", "47", 47, "count", "vụ", "vụ kinh doanh sâm giả, sâm không rõ nguồn gốc", QN23,
      change=CH("increase", 12, "vụ", "năm 2022"), location="Quảng Nam"),
    F("hơn 1,3 tỷ đồng", "1,3", 1.3e9, "money", "đồng", "tiền xử phạt", QN23, approx="over", location="Quảng Nam"),
    F("tiêu hủy 512 kg", "512", 512, "measure", "kg", "củ, thân, lá sâm các loại tiêu hủy", QN23, location="Quảng Nam"),
]

COMMENTS = [
    "National press (VnExpress style), 'Thứ ba, 12/3/2024, 14:20 (GMT+7)', byline at the end: counterfeit sâm Ngọc Linh seized in Kon Tum; QLTT Quảng Nam 2023.",
    "No article default location: Kon Tum for the seizure and Kon Tum's area, Tu Mơ Rông for its part, Quảng Nam for the market-control figures.",
    "38 kg + 87 kg = the 125 kg of the lead, but they stand in another paragraph with no parts cue: no total. 'thu lời gấp 20 lần' is a multiple of its own.",
    "'Từ tháng 10/2023 đến nay' ends at the dateline. '42 tuổi' (a suspect's age) is optional.",
    "Distractors: licence plate 82A-135.47, Quốc lộ 40B, số 215 Phan Đình Phùng, 'chiều 11/3', (GMT+7), hotline 0235.3810.123.",
]

if __name__ == "__main__":
    emit("p683-6", TEXT, COMMENTS, FIGS, published="2024-03-12")
