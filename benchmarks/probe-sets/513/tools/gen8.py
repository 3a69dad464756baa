"""p513-8: provincial police portal (Công an tỉnh Quảng Ninh), environmental crime Q1/2024."""
from lib import F, P, inh, CH, emit

TEXT = """CÔNG AN TỈNH QUẢNG NINH
Trang chủ / Tin tức / Phòng, chống tội phạm

Quý I/2024: Phát hiện 156 vụ vi phạm pháp luật về môi trường
10:15 | 12/04/2024

Theo Phòng Cảnh sát phòng, chống tội phạm về môi trường (PC05), quý I/2024, lực lượng Cảnh sát môi trường toàn tỉnh đã phát hiện 156 vụ vi phạm pháp luật về môi trường, tăng 18 vụ so với cùng kỳ năm 2023. Trong đó, lĩnh vực khai thác, vận chuyển khoáng sản 61 vụ, chất thải 47 vụ, an toàn thực phẩm 48 vụ.

Qua đấu tranh, lực lượng chức năng đã xử phạt hành chính 142 vụ với tổng số tiền gần 3,48 tỷ đồng; khởi tố 4 vụ án, 6 bị can về tội gây ô nhiễm môi trường và vi phạm quy định về quản lý chất thải nguy hại. Lực lượng chức năng cũng thu giữ hơn 2.300 tấn than và 1.250 m³ cát không rõ nguồn gốc.

Điển hình, ngày 14/3, Đội 2 phối hợp kiểm tra Xí nghiệp Than 397 tại phường Hà Khánh, TP. Hạ Long, phát hiện đơn vị xả khoảng 350 m³/ngày đêm nước thải chưa qua xử lý ra suối Lộ Phong, hàm lượng sắt (Fe) vượt quy chuẩn 3,2 lần; đơn vị bị xử phạt 480 triệu đồng.

Năm 2024, Công an tỉnh phấn đấu phát hiện số vụ vi phạm về môi trường tăng ít nhất 10% so với năm 2023; 100% tin báo, tố giác tội phạm được tiếp nhận, phân loại và xử lý đúng quy định.

Người dân có thể cung cấp thông tin về hành vi gây ô nhiễm qua số điện thoại 069.2871.115 hoặc trực tiếp tại trụ sở Công an tỉnh, đường Trần Hưng Đạo, phường Hồng Hà, TP. Hạ Long.
"""

Q1h = P("Quý I/2024", "2024-01-01", "2024-03-31")
Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
D14 = P("ngày 14/3", "2024-03-14", "2024-03-14")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Phát hiện 156 vụ", "156", 156, "count", "vụ", "vụ vi phạm pháp luật về môi trường", Q1h),
    F("phát hiện 156 vụ", "156", 156, "count", "vụ", "vụ vi phạm pháp luật về môi trường", Q1,
      change=CH("increase", 18, "vụ", "cùng kỳ năm 2023")),
    F("khoáng sản 61 vụ", "61", 61, "count", "vụ", "vụ vi phạm lĩnh vực khai thác, vận chuyển khoáng sản", inh(Q1),
      total=156),
    F("chất thải 47 vụ", "47", 47, "count", "vụ", "vụ vi phạm lĩnh vực chất thải", inh(Q1), total=156),
    F("thực phẩm 48 vụ", "48", 48, "count", "vụ", "vụ vi phạm lĩnh vực an toàn thực phẩm", inh(Q1), total=156),
    F("hành chính 142 vụ", "142", 142, "count", "vụ", "vụ xử phạt hành chính", inh(Q1)),
    F("gần 3,48 tỷ đồng", "3,48", 3.48e9, "money", "đồng", "tổng số tiền xử phạt hành chính", inh(Q1), approx="nearly"),
    F("khởi tố 4 vụ án", "4", 4, "count", "vụ án", "vụ án khởi tố", inh(Q1)),
    F("6 bị can", "6", 6, "count", "bị can", "bị can bị khởi tố", inh(Q1)),
    F("hơn 2.300 tấn", "2.300", 2300, "measure", "tấn", "than không rõ nguồn gốc bị thu giữ", inh(Q1), approx="over"),
    F("1.250 m³ cát", "1.250", 1250, "measure", "m³", "cát không rõ nguồn gốc bị thu giữ", inh(Q1)),
    F("khoảng 350 m³/ngày đêm", "350", 350, "measure", "m³/ngày đêm",
      "nước thải chưa qua xử lý xả ra suối Lộ Phong", D14, approx="about", location="Hạ Long"),
    F("quy chuẩn 3,2 lần", "3,2", 3.2, "multiple", "lần", "hàm lượng sắt (Fe) vượt quy chuẩn", D14, location="Hạ Long"),
    F("xử phạt 480 triệu đồng", "480", 480e6, "money", "đồng", "số tiền xử phạt Xí nghiệp Than 397", D14,
      location="Hạ Long"),
    F("ít nhất 10%", "10", 10, "percent", "%", "số vụ vi phạm về môi trường phát hiện tăng so với năm 2023", Y24,
      approx="at_least", status="target"),
    F("100% tin báo", "100", 100, "percent", "%",
      "tin báo, tố giác tội phạm được tiếp nhận, phân loại và xử lý đúng quy định", Y24, status="target"),
]

COMMENTS = [
    "Công an tỉnh Quảng Ninh (police portal): vi phạm pháp luật về môi trường quý I/2024. Dateline '10:15 | 12/04/2024'.",
    "Headline count is its own figure. 'tăng 18 vụ so với cùng kỳ năm 2023' is the change of 156 (unit vụ). 'Trong đó' parts after a",
    "sentence break (61 + 47 + 48 = 156) take 156 as total. The Hạ Long case (a named facility in TP. Hạ Long, one sentence) takes",
    "location Hạ Long and the one-day period 'ngày 14/3' (year from the dateline/quý I/2024). 'vượt quy chuẩn 3,2 lần' is an exceedance",
    "multiple of its own. The 2024 growth target is a percent that is the claim (no change object); '100% tin báo' continues it (target).",
    "'PC05', 'Đội 2', 'Xí nghiệp Than 397', 'ngày 14/3', the phone number and addresses are not figures.",
]

if __name__ == "__main__":
    emit("p513-8", TEXT, COMMENTS, FIGS, published="2024-04-12", location="Quảng Ninh")
