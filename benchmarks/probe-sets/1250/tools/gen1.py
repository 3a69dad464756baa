"""p1250-1: province portal (Quảng Ngãi): 32 new automatic rain gauges, network of 118 stations."""
from lib import F, period, inherit, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NGÃI
Trang chủ > Tin tức - Sự kiện > Tài nguyên - Môi trường

Quảng Ngãi đưa vào vận hành thêm 32 trạm đo mưa tự động

Cập nhật: 15/08/2024 10:25 | Lượt xem: 1.846

Ngày 14/8, Sở Tài nguyên và Môi trường cho biết đã hoàn thành lắp đặt và đưa vào vận hành 32 trạm đo mưa tự động tại 9 huyện, thị xã, nâng tổng số trạm quan trắc khí tượng thủy văn tự động trên địa bàn tỉnh lên 118 trạm. Trong đó có 86 trạm đo mưa, 21 trạm đo mực nước và 11 trạm khí tượng tự động.

Dự án có tổng mức đầu tư khoảng 14,6 tỷ đồng từ ngân sách tỉnh, được phê duyệt tại Quyết định số 1127/QĐ-UBND. Mỗi trạm được trang bị cảm biến đo mưa có độ phân giải 0,2 mm, tấm pin năng lượng mặt trời và bộ truyền tin qua mạng 4G với tần suất 10 phút/lần về máy chủ của Đài Khí tượng Thủy văn tỉnh.

Theo Đài Khí tượng Thủy văn tỉnh, 7 tháng đầu năm 2024, tỷ lệ số liệu truyền về đầy đủ đạt 97,8%, tăng 3,1 điểm phần trăm so với cùng kỳ năm 2023. Có 5 trạm bị gián đoạn truyền tin do mất sóng, trong đó huyện Sơn Tây có 3 trạm.

Huyện Ba Tơ hiện có 14 trạm đo mưa, nhiều nhất tỉnh. Năm 2023, lượng mưa tại trạm Ba Tơ đạt 3.850 mm, cao hơn khoảng 12% so với trung bình nhiều năm.

Năm 2025, tỉnh dự kiến lắp thêm từ 15 đến 20 trạm đo mưa tại các xã có nguy cơ cao về lũ quét, sạt lở đất; phấn đấu đến năm 2030 nâng tổng số trạm đo mưa tự động lên ít nhất 150 trạm.

Tin liên quan:
- Diễn tập phòng chống thiên tai cấp tỉnh năm 2024
- Cảnh báo rủi ro thiên tai cấp độ 3 do mưa lớn ở vùng núi
"""

M7 = period("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")
TO2030 = period("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("thêm 32 trạm", "32", 32, "count", "trạm",
      subject="trạm đo mưa tự động đưa vào vận hành thêm"),
    F("vận hành 32 trạm", "32", 32, "count", "trạm",
      subject="trạm đo mưa tự động lắp đặt và đưa vào vận hành"),
    F("tại 9 huyện", "9", 9, "count", "huyện, thị xã",
      subject="huyện, thị xã lắp đặt trạm đo mưa tự động"),
    F("lên 118 trạm", "118", 118, "count", "trạm",
      subject="tổng số trạm quan trắc khí tượng thủy văn tự động trên địa bàn tỉnh"),
    F("có 86 trạm", "86", 86, "count", "trạm", total=118, subject="trạm đo mưa"),
    F("21 trạm", "21", 21, "count", "trạm", total=118, subject="trạm đo mực nước"),
    F("11 trạm", "11", 11, "count", "trạm", total=118, subject="trạm khí tượng tự động"),
    F("khoảng 14,6 tỷ", "14,6", 14.6e9, "money", "đồng", approx="about",
      subject="tổng mức đầu tư dự án"),
    F("0,2 mm", "0,2", 0.2, "measure", "mm", subject="độ phân giải cảm biến đo mưa"),
    F("10 phút/lần", "10", 10, "measure", "phút/lần", subject="tần suất truyền tin về máy chủ"),
    F("đạt 97,8%", "97,8", 97.8, "percent", "%",
      change=change("increase", 3.1, "điểm phần trăm", "cùng kỳ năm 2023"),
      subject="tỷ lệ số liệu truyền về đầy đủ", per=M7),
    F("Có 5 trạm", "5", 5, "count", "trạm", subject="trạm bị gián đoạn truyền tin do mất sóng",
      per=inherit(M7)),
    F("có 3 trạm", "3", 3, "count", "trạm", total=5, subject="trạm bị gián đoạn truyền tin",
      per=inherit(M7), location="Sơn Tây"),
    F("có 14 trạm", "14", 14, "count", "trạm", subject="trạm đo mưa", location="Ba Tơ"),
    F("3.850 mm", "3.850", 3850, "measure", "mm",
      change=change("increase", 12, "%", "trung bình nhiều năm", approx="about"),
      subject="lượng mưa tại trạm Ba Tơ", per=Y23, location="Ba Tơ"),
    F("từ 15 đến 20", "15", 15, "count", "trạm", value_max=20, status="forecast",
      subject="trạm đo mưa lắp thêm", per=Y25),
    F("ít nhất 150", "150", 150, "count", "trạm", approx="at_least", status="target",
      subject="tổng số trạm đo mưa tự động", per=TO2030),
]

NOTES = [
    "Province portal (Quảng Ngãi): 32 new automatic rain gauges; 'Cập nhật: 15/08/2024 10:25 | Lượt xem: 1.846'.",
    "Distractors: Lượt xem 1.846, 10:25, 'Ngày 14/8', Quyết định số 1127/QĐ-UBND, 'mạng 4G', 'năm 2024' and 'cấp độ 3' in related links.",
    "'Trong đó có 86 …, 21 … và 11 …' after a sentence break: total 118 (86+21+11 = 118).",
    "'Có 5 trạm …, trong đó huyện Sơn Tây có 3 trạm': total 5, location Sơn Tây; period inherited from the previous sentence.",
    "'cao hơn khoảng 12% so với trung bình nhiều năm' is the change of 3.850 mm (approx of the change: about).",
    "'dự kiến' governs the 15-20 clause (forecast); after ';' 'phấn đấu đến năm 2030' has its own cue (target, at_least).",
]

if __name__ == "__main__":
    write("p1250-1", TEXT, NOTES, FIGS, published="2024-08-15", location="Quảng Ngãi")
