"""p875-2: Cổng TTĐT huyện Krông Pắc (Đắk Lắk), district portal — trợ giúp pháp lý lưu động."""
from lib import F, write, period, inherit, change, target

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG PẮC
Trang chủ | Tin tức - Sự kiện | Phổ biến, giáo dục pháp luật

Trợ giúp pháp lý lưu động tại xã Ea Kly và xã Vụ Bổn

Thứ Năm, 20/06/2024 - 09:45

Trong hai ngày 18 và 19/6/2024, Trung tâm Trợ giúp pháp lý nhà nước tỉnh Đắk Lắk phối hợp với Phòng Tư pháp huyện Krông Pắc tổ chức trợ giúp pháp lý lưu động tại xã Ea Kly và xã Vụ Bổn.

Tại 2 buổi sinh hoạt, gần 300 người dân, phần lớn là đồng bào dân tộc thiểu số ở buôn Ea Kly, buôn Cuê và thôn 10 (xã Vụ Bổn), đã được trợ giúp viên pháp lý và luật sư cộng tác viên giải đáp vướng mắc. Có 46 trường hợp được tư vấn trực tiếp, trong đó 29 trường hợp về đất đai, 11 trường hợp về hôn nhân và gia đình, 6 trường hợp về chế độ, chính sách. Trung tâm đã thụ lý 5 vụ việc để cử người tham gia tố tụng miễn phí. Ban tổ chức cũng cấp phát 500 tờ gấp pháp luật song ngữ Việt - Ê Đê.

Theo Phòng Tư pháp huyện, từ đầu năm đến nay Trung tâm đã thực hiện 38 vụ việc trợ giúp pháp lý cho người dân trên địa bàn huyện, tăng 9 vụ việc so với cùng kỳ năm 2023; trong đó có 21 vụ việc tham gia tố tụng. Huyện hiện có 16 câu lạc bộ trợ giúp pháp lý ở 16/16 xã, thị trấn với 214 thành viên.

Năm 2024, huyện phấn đấu 100% người thuộc diện được trợ giúp pháp lý có yêu cầu đều được trợ giúp kịp thời; tổ chức ít nhất 6 đợt trợ giúp pháp lý lưu động tại các xã vùng sâu, vùng xa như Ea Yiêng, Ea Uy, Vụ Bổn.

Người dân có nhu cầu xin liên hệ Phòng Tư pháp huyện Krông Pắc, số 02 đường Giải Phóng, thị trấn Phước An; điện thoại 0262.3522.318.

Hồng Nhung (Phòng Tư pháp huyện)
"""

EV = period("Trong hai ngày 18 và 19/6/2024", "2024-06-18", "2024-06-19", inherited=True)
YTD = period("từ đầu năm đến nay", "2024-01-01", "2024-06-20")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Tại 2 buổi", "2", 2, "count", "buổi", "buổi sinh hoạt trợ giúp pháp lý lưu động", EV),
    F("gần 300 người", "300", 300, "count", "người dân", "người dân được giải đáp vướng mắc", EV, approx="nearly"),
    F("Có 46 trường hợp", "46", 46, "count", "trường hợp", "trường hợp được tư vấn trực tiếp", EV),
    F("đó 29 trường hợp", "29", 29, "count", "trường hợp", "trường hợp tư vấn về đất đai", EV, total=46),
    F("11 trường hợp", "11", 11, "count", "trường hợp", "trường hợp tư vấn về hôn nhân và gia đình", EV, total=46),
    F("6 trường hợp về chế độ", "6", 6, "count", "trường hợp", "trường hợp tư vấn về chế độ, chính sách", EV, total=46),
    F("thụ lý 5 vụ việc", "5", 5, "count", "vụ việc", "vụ việc thụ lý để tham gia tố tụng miễn phí", EV),
    F("phát 500 tờ", "500", 500, "count", "tờ gấp", "tờ gấp pháp luật song ngữ Việt - Ê Đê cấp phát", EV),
    F("thực hiện 38 vụ việc", "38", 38, "count", "vụ việc", "vụ việc trợ giúp pháp lý", YTD,
      change=change("increase", 9, "vụ việc", "cùng kỳ năm 2023")),
    F("có 21 vụ việc", "21", 21, "count", "vụ việc", "vụ việc tham gia tố tụng", YTD, total=38),
    F("có 16 câu lạc bộ", "16", 16, "count", "câu lạc bộ", "câu lạc bộ trợ giúp pháp lý"),
    F("ở 16/16 xã", "16", 16, "count", "xã, thị trấn", "xã, thị trấn có câu lạc bộ trợ giúp pháp lý", total=16),
    F("với 214 thành viên", "214", 214, "count", "thành viên", "thành viên câu lạc bộ trợ giúp pháp lý"),
    F("100% người", "100", 100, "percent", "%", "người thuộc diện được trợ giúp pháp lý có yêu cầu được trợ giúp kịp thời",
      Y24, status="target"),
    F("ít nhất 6 đợt", "6", 6, "count", "đợt", "đợt trợ giúp pháp lý lưu động", Y24, approx="at_least",
      status="target"),
]

NOTES = [
    "p875-2 — Cổng TTĐT huyện Krông Pắc (district portal), 'Thứ Năm, 20/06/2024 - 09:45', byline at the end.",
    "Figures of the two-day mobile session inherit the dates of the first paragraph (another sentence: not scored).",
    "29 + 11 + 6 = 46 after 'trong đó': total 46. '16/16 xã, thị trấn' → total 16. 'hiện có' gives no period.",
    "Location: the district (Krông Pắc) for all figures, the provincial centre's work being done in the district.",
    "Distractors: thôn 10, số 02 đường Giải Phóng, 0262.3522.318, 18 và 19/6/2024, 09:45, 'hai ngày'.",
]

if __name__ == "__main__":
    write("p875-2", TEXT, NOTES, FIGS, published="2024-06-20", location="Krông Pắc")
