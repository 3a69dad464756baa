"""p1222-2: district portal of Lương Sơn (Hòa Bình): construction-stone quarries, inspections, a quarry in xã Liên Sơn."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LƯƠNG SƠN - TỈNH HÒA BÌNH

Trang chủ / Tin tức - Sự kiện / Tài nguyên - Môi trường

Lương Sơn siết chặt quản lý hoạt động khai thác đá xây dựng

Thứ Năm, 20/06/2024 - 08:35

Trên địa bàn huyện hiện có 34 mỏ đá xây dựng đã được cấp phép khai thác, tập trung tại các xã Cao Dương, Liên Sơn và Nhuận Trạch với lần lượt 9, 7 và 6 mỏ. Ước tính 6 tháng đầu năm, các mỏ khai thác khoảng 3,2 triệu m3 đá các loại, bằng 52% kế hoạch năm và tăng 8,5% so với cùng kỳ.

Từ đầu năm đến nay, Đoàn kiểm tra liên ngành của huyện đã kiểm tra 17 mỏ, phát hiện 5 đơn vị vi phạm, xử phạt hành chính tổng số tiền 1,35 tỷ đồng; hai đơn vị bị tạm đình chỉ hoạt động từ 3 đến 6 tháng do khai thác vượt công suất.

Giá bán đá xây dựng tại mỏ hiện dao động từ 180.000 đến 230.000 đồng/m3 tùy chủng loại (đá 1x2, đá 2x4, đá hộc).

Tại xã Liên Sơn, Công ty cổ phần Đá Đồng Tâm khai thác mỏ đá núi Đồi Bù với công suất 300.000 m3/năm. Đơn vị hiện có 85 công nhân, trong đó 62 người là lao động địa phương. Công ty đã ký quỹ cải tạo, phục hồi môi trường hơn 2,8 tỷ đồng và lắp đặt 4 trạm phun sương dập bụi dọc tuyến đường vận chuyển ra Quốc lộ 6.

Thời gian tới, huyện phấn đấu 100% mỏ đá lắp đặt trạm cân và camera giám sát trước ngày 31/12/2024; kiên quyết xử lý các trường hợp khai thác ngoài ranh giới được cấp phép.

Minh Thu (Phòng Tài nguyên và Môi trường)
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-06-20")
DL = P("trước ngày 31/12/2024", None, "2024-12-31")
MINE = "mỏ đá xây dựng đã được cấp phép khai thác"

FIGS = [
    F("hiện có 34 mỏ", "34", 34, "count", "mỏ", subject=MINE),
    F("lần lượt 9, 7", "9", 9, "count", "mỏ", subject=MINE),
    F("9, 7 và 6", "7", 7, "count", "mỏ", subject=MINE),
    F("7 và 6 mỏ", "6", 6, "count", "mỏ", subject=MINE),
    F("khoảng 3,2 triệu m3", "3,2", 3200000, "measure", "m3", approx="about", status="estimate",
      percent=52, change=C("increase", 8.5, "%", "cùng kỳ"),
      subject="đá các loại các mỏ khai thác", period=H1),
    F("kiểm tra 17 mỏ", "17", 17, "count", "mỏ",
      subject="mỏ được Đoàn kiểm tra liên ngành của huyện kiểm tra", period=YTD),
    F("phát hiện 5 đơn vị", "5", 5, "count", "đơn vị", subject="đơn vị vi phạm", period=YTD),
    F("1,35 tỷ", "1,35", 1350000000, "money", "đồng", subject="tổng số tiền xử phạt hành chính", period=YTD),
    F("hai đơn vị bị", "hai", 2, "count", "đơn vị",
      subject="đơn vị bị tạm đình chỉ hoạt động", period=YTD),
    F("từ 3 đến 6 tháng", "3", 3, "measure", "tháng", value_max=6,
      subject="thời gian tạm đình chỉ hoạt động"),
    F("từ 180.000 đến", "180.000", 180000, "money", "đồng/m3", value_max=230000,
      subject="giá bán đá xây dựng tại mỏ"),
    F("công suất 300.000 m3/năm", "300.000", 300000, "measure", "m3/năm",
      subject="công suất mỏ đá núi Đồi Bù của Công ty cổ phần Đá Đồng Tâm"),
    F("có 85 công nhân", "85", 85, "count", "công nhân", subject="công nhân của Công ty cổ phần Đá Đồng Tâm"),
    F("62 người", "62", 62, "count", "người", total=85, subject="công nhân là lao động địa phương"),
    F("hơn 2,8 tỷ", "2,8", 2800000000, "money", "đồng", approx="over",
      subject="tiền ký quỹ cải tạo, phục hồi môi trường"),
    F("đặt 4 trạm", "4", 4, "count", "trạm", subject="trạm phun sương dập bụi"),
    F("100% mỏ đá", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ mỏ đá lắp đặt trạm cân và camera giám sát", period=DL),
]

NOTES = [
    "District portal (huyện Lương Sơn, Hòa Bình): 'Thứ Năm, 20/06/2024 - 08:35', byline at the end.",
    "Distractors: Quốc lộ 6, stone grades 'đá 1x2', 'đá 2x4', time 08:35, date 31/12/2024 as a deadline.",
    "Communes (Cao Dương, Liên Sơn, Nhuận Trạch) are not districts: list items keep location Lương Sơn. 9+7+6 != 34: no total.",
    "'5 đơn vị vi phạm' after 'kiểm tra 17 mỏ' has no part cue: no total. 'từ 3 đến 6 tháng' is the length of a suspension (a measure).",
    "'trước ngày 31/12/2024' is the deadline of the target: as-of period.",
]

if __name__ == "__main__":
    write("p1222-2", TEXT, NOTES, FIGS, published="2024-06-20", location="Lương Sơn")
