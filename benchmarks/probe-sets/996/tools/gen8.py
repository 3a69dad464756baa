"""p996-8: Báo Bắc Giang online (BGĐT) — camera-detected violations Q1/2025, headline figure."""
from lib import build, F, P, I, C, T

TEXT = """Hơn 12.600 trường hợp vi phạm giao thông bị phát hiện qua camera trong quý I
Cập nhật lúc 16:05, Thứ ba, 08/04/2025

(BGĐT) - Quý I/2025, hệ thống camera giám sát giao thông trên địa bàn tỉnh Bắc Giang đã phát hiện 12.648 trường hợp vi phạm, tăng 2.315 trường hợp so với quý IV/2024. Trong đó, ô tô 7.902 trường hợp, mô tô, xe máy 4.746 trường hợp.

Lực lượng Cảnh sát giao thông đã ra quyết định xử phạt 9.870 trường hợp, đạt 78% số vi phạm phát hiện, phạt tiền hơn 41,2 tỷ đồng, gấp 2,6 lần so với cùng kỳ năm 2024; tước giấy phép lái xe 214 trường hợp. Mức tăng mạnh chủ yếu do Nghị định số 168/2024/NĐ-CP có hiệu lực từ ngày 1/1/2025.

Các địa phương có số vi phạm bị camera phát hiện cao là thành phố Bắc Giang (4.125 trường hợp), huyện Lạng Giang (1.836 trường hợp) và thị xã Việt Yên (1.502 trường hợp). Vi phạm chủ yếu xảy ra trên Quốc lộ 1, Quốc lộ 17, Quốc lộ 31 và cao tốc Hà Nội - Bắc Giang.

Hiện toàn tỉnh có 325 camera kết nối với Trung tâm chỉ huy Công an tỉnh, trong đó 118 camera có chức năng phát hiện vi phạm. Theo Thượng tá Ngô Văn Bảy, Trưởng Phòng Cảnh sát giao thông, năm 2025 Công an tỉnh phấn đấu lắp đặt bổ sung 60 camera AI, nâng tỷ lệ nút giao trọng điểm có camera lên 90%. Chủ phương tiện có thể tra cứu vi phạm trên trang csgt.vn hoặc liên hệ số điện thoại 0204.3854.110.

Nguyễn Thắng
"""

Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
FIGS = [
    F("Hơn 12.600 trường hợp", "12.600", 12600, "count", "trường hợp",
      "trường hợp vi phạm giao thông bị phát hiện qua camera", approx="over",
      period=P("trong quý I", "2025-01-01", "2025-03-31")),
    F("phát hiện 12.648 trường hợp", "12.648", 12648, "count", "trường hợp",
      "trường hợp vi phạm phát hiện qua camera giám sát giao thông",
      change=C("increase", 2315, "trường hợp", "quý IV/2024"), period=Q1),
    F("ô tô 7.902", "7.902", 7902, "count", "trường hợp", "vi phạm của ô tô", total=12648, period=I(Q1)),
    F("xe máy 4.746", "4.746", 4746, "count", "trường hợp", "vi phạm của mô tô, xe máy", total=12648, period=I(Q1)),
    F("xử phạt 9.870 trường hợp", "9.870", 9870, "count", "trường hợp", "trường hợp bị ra quyết định xử phạt",
      percent=78, period=I(Q1)),
    F("hơn 41,2 tỷ đồng", "41,2", 41_200_000_000, "money", "đồng", "số tiền phạt", approx="over",
      change=C("increase", 2.6, "lần", "cùng kỳ năm 2024"), period=I(Q1)),
    F("xe 214 trường hợp", "214", 214, "count", "trường hợp", "trường hợp bị tước giấy phép lái xe", period=I(Q1)),
    F("(4.125", "4.125", 4125, "count", "trường hợp", "vi phạm bị camera phát hiện", period=I(Q1), location="Bắc Giang"),
    F("(1.836", "1.836", 1836, "count", "trường hợp", "vi phạm bị camera phát hiện", period=I(Q1), location="Lạng Giang"),
    F("(1.502", "1.502", 1502, "count", "trường hợp", "vi phạm bị camera phát hiện", period=I(Q1), location="Việt Yên"),
    F("có 325 camera", "325", 325, "count", "camera", "camera kết nối với Trung tâm chỉ huy Công an tỉnh"),
    F("118 camera", "118", 118, "count", "camera", "camera có chức năng phát hiện vi phạm", total=325),
    F("bổ sung 60 camera", "60", 60, "count", "camera", "camera AI lắp đặt bổ sung", status="target", period=Y25),
    F("lên 90%", "90", 90, "percent", "%", "tỷ lệ nút giao trọng điểm có camera", status="target", period=Y25),
]
NOTES = [
    "Báo Bắc Giang online: headline figure, 'Cập nhật lúc 16:05, Thứ ba, 08/04/2025', '(BGĐT) -' tag. Camera-detected violations Q1/2025.",
    "Year-less headline 'quý I' takes 2025 (dateline). 7.902 + 4.746 = 12.648 after 'Trong đó' → total. 'tăng 2.315 trường hợp so với quý IV/2024' → change in trường hợp.",
    "'gấp 2,6 lần so với cùng kỳ năm 2024' after the 41,2 tỷ base amount → change (increase, 2,6 lần). The district ranking list (4.125, 1.836, 1.502) does not add up → no total.",
    "Distractors: Nghị định số 168/2024/NĐ-CP, ngày 1/1/2025, Quốc lộ 1/17/31, Thượng tá Ngô Văn Bảy, csgt.vn, 0204.3854.110, 16:05, Thứ ba.",
]
build("p996-8", TEXT, FIGS, NOTES, published="2025-04-08", location="Bắc Giang")
