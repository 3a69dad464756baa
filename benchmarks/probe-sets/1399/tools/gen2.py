"""p1399-2: district portal (huyện Tri Tôn, An Giang): the district health centre treats snakebites on site."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TRI TÔN - TỈNH AN GIANG
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Trung tâm Y tế huyện nâng cao năng lực cấp cứu rắn cắn
04/09/2023 - 10:20

Tri Tôn có nhiều đồi núi, vườn tạp và ruộng lúa ven chân núi Cô Tô, núi Dài nên người dân bị rắn cắn quanh năm. Từ đầu năm đến nay, Trung tâm Y tế huyện đã tiếp nhận 64 ca bị rắn cắn, trong đó 23 ca do rắn độc (chủ yếu là rắn lục và rắn hổ đất). Đáng chú ý, 15/23 ca rắn độc cắn được điều trị ổn định tại chỗ, không phải chuyển lên tuyến trên, nhiều hơn 9 ca so với cả năm 2022.

Để có kết quả này, năm 2023 Trung tâm đã cử 16 cán bộ (6 bác sĩ, 10 điều dưỡng) đi tập huấn tại Trung tâm Chống độc Bệnh viện Chợ Rẫy; đồng thời được Sở Y tế An Giang cấp 40 lọ huyết thanh kháng nọc rắn lục tre và 30 lọ huyết thanh kháng nọc rắn hổ đất. Mỗi lọ có giá khoảng 1,7 triệu đồng; một ca nặng có thể phải dùng từ 10 đến 20 lọ.

Bác sĩ Chau Sóc Khom, Giám đốc Trung tâm Y tế huyện, cho biết: "Trước đây, hầu hết ca rắn độc cắn phải chuyển viện, người bệnh mất từ 2 đến 3 giờ đi đường. Nay thời gian từ lúc bị cắn đến khi được dùng huyết thanh chỉ còn khoảng 90 phút".

Năm 2024, huyện phấn đấu 100% trạm y tế xã, thị trấn có nhân viên được tập huấn sơ cứu rắn cắn; dự kiến tổ chức 15 buổi truyền thông tại các xã Lê Trì, Lương Phi, Ô Lâm, An Tức.

Cơ quan chủ quản: UBND huyện Tri Tôn
Địa chỉ: Số 8 đường Trần Hưng Đạo, thị trấn Tri Tôn, huyện Tri Tôn, tỉnh An Giang
Điện thoại: 0296.3874.105
"""

YTD = per("Từ đầu năm đến nay", "2023-01-01", "2023-09-04")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("tiếp nhận 64 ca", "64", 64, "count", "ca",
        subject="ca bị rắn cắn được tiếp nhận", period=YTD),
    fig("trong đó 23 ca", "23", 23, "count", "ca", total=64,
        subject="ca do rắn độc", period=YTD),
    fig("15/23 ca", "15", 15, "count", "ca", total=23,
        change=chg("increase", 9, "ca", "cả năm 2022"),
        subject="ca rắn độc cắn được điều trị ổn định tại chỗ", period=inh(YTD)),
    fig("cử 16 cán bộ", "16", 16, "count", "cán bộ",
        subject="cán bộ đi tập huấn", period=Y23),
    fig("(6 bác sĩ", "6", 6, "count", "bác sĩ", total=16,
        subject="bác sĩ đi tập huấn", period=Y23),
    fig("10 điều dưỡng)", "10", 10, "count", "điều dưỡng", total=16,
        subject="điều dưỡng đi tập huấn", period=Y23),
    fig("cấp 40 lọ", "40", 40, "count", "lọ",
        subject="huyết thanh kháng nọc rắn lục tre được cấp", period=Y23),
    fig("và 30 lọ", "30", 30, "count", "lọ",
        subject="huyết thanh kháng nọc rắn hổ đất được cấp", period=Y23),
    fig("khoảng 1,7 triệu", "1,7", 1.7e6, "money", "đồng/lọ", approx="about",
        subject="giá mỗi lọ huyết thanh"),
    fig("từ 10 đến 20 lọ", "10", 10, "count", "lọ", value_max=20,
        subject="huyết thanh một ca nặng phải dùng"),
    fig("từ 2 đến 3 giờ", "2", 2, "measure", "giờ", value_max=3,
        subject="thời gian người bệnh đi đường khi chuyển viện"),
    fig("khoảng 90 phút", "90", 90, "measure", "phút", approx="about",
        subject="thời gian từ lúc bị cắn đến khi được dùng huyết thanh"),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="trạm y tế xã, thị trấn có nhân viên được tập huấn sơ cứu rắn cắn", period=Y24),
    fig("tổ chức 15 buổi", "15", 15, "count", "buổi", status="forecast",
        subject="buổi truyền thông", period=Y24),
]

NOTES = [
    "District portal (huyện Tri Tôn, An Giang): banner with district and province, menu, '04/09/2023 - 10:20' under the headline, footer with address and phone.",
    "Distractors: 10:20, 'Số 8 đường Trần Hưng Đạo', phone 0296.3874.105, 'một ca nặng' (generic 'a severe case', not a count), 'cả năm 2022' (baseline).",
    "'Từ đầu năm đến nay' ends at the dateline 2023-09-04. '15/23 ca' → total 23; 'nhiều hơn 9 ca so với cả năm 2022' → change +9 ca; its period is inherited.",
    "'16 cán bộ (6 bác sĩ, 10 điều dưỡng)' → bracketed breakdown that adds up: total 16. 'năm 2023' governs the whole ';' sentence (lọ figures too).",
    "'Mỗi lọ có giá khoảng 1,7 triệu đồng' → unit đồng/lọ. The quoted durations ('từ 2 đến 3 giờ', 'khoảng 90 phút') are measures without period.",
    "'Năm 2024, huyện phấn đấu 100% ...' → target; 'dự kiến tổ chức 15 buổi' → forecast. Location: Tri Tôn for all figures (the lọ came from the province's department, still for the district).",
]

if __name__ == "__main__":
    write("p1399-2", TEXT, NOTES, FIGS, published="2023-09-04", location="Tri Tôn")
