"""p718-8: ethnic-affairs newspaper (byline + time + date) — Yên Bái, 9 months 2024: prevented cases, couples, Q3 media, funding."""
from lib import fig, per, inh, chg, write

TEXT = """Báo Dân tộc và Phát triển
Xã hội > Dân tộc - Tôn giáo

Yên Bái: 9 tháng năm 2024 ngăn chặn thành công 58 trường hợp tảo hôn

PHÚC AN 07:15, 08/10/2024

(DTTPT) - Theo Ban Dân tộc tỉnh Yên Bái, 9 tháng năm 2024, các cơ quan chức năng đã phát hiện, can thiệp ngăn chặn thành công 58 trường hợp tảo hôn, tăng 11 trường hợp so với cùng kỳ. Số cặp tảo hôn xảy ra trên địa bàn là 76 cặp, giảm 9,5% so với cùng kỳ năm 2023, tập trung ở hai huyện Mù Cang Chải và Trạm Tấu với lần lượt 31 cặp và 22 cặp.

Hiện nay, tỷ lệ tảo hôn tại huyện Mù Cang Chải khoảng 25,3%, cao gấp 2,1 lần mức bình quân của tỉnh. Tại bản Tà Ghênh, xã Chế Tạo, cách Quốc lộ 32 hơn 40 km đường đất, nhiều em gái bỏ học từ lớp 7, lớp 8 để lấy chồng.

Quý III/2024, Ban Dân tộc phối hợp với Đài Phát thanh và Truyền hình tỉnh thực hiện 15 phóng sự, tin bài bằng tiếng Mông, tiếng Dao; tổ chức 2 cuộc thi "Tìm hiểu pháp luật về hôn nhân và gia đình" thu hút 1.450 bài dự thi. Từ đầu năm đến nay, toàn tỉnh đã tổ chức 214 hội nghị tuyên truyền, đạt 89% kế hoạch năm, thu hút khoảng 12.600 lượt người tham dự.

Tổng kinh phí thực hiện Tiểu dự án 2 năm 2024 của tỉnh là 5,12 tỷ đồng, trong đó ngân sách trung ương 4,65 tỷ đồng, ngân sách địa phương đối ứng 470 triệu đồng.

Ước cả năm 2024, toàn tỉnh có khoảng 100 cặp tảo hôn, giảm 10% so với năm 2023. Tỉnh dự kiến tổ chức Ngày hội "Gia đình hạnh phúc" lần thứ 2 tại huyện Mù Cang Chải vào tháng 11/2024, thu hút khoảng 1.500 người dân tham gia.

Theo ông Hoàng Văn Dũng, Trưởng ban Dân tộc tỉnh, mục tiêu đến năm 2025 giảm tỷ lệ tảo hôn toàn tỉnh xuống dưới 10%, không để phát sinh hôn nhân cận huyết thống.
"""

M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q3 = per("Quý III/2024", "2024-07-01", "2024-09-30")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("thành công 58 trường hợp tảo hôn\n", "58", 58, "count", "trường hợp",
        subject="trường hợp tảo hôn được ngăn chặn thành công", period=M9),
    fig("thành công 58 trường hợp tảo hôn,", "58", 58, "count", "trường hợp",
        change=chg("increase", 11, "trường hợp", "cùng kỳ"),
        subject="trường hợp tảo hôn được phát hiện, can thiệp ngăn chặn thành công", period=M9),
    fig("là 76 cặp", "76", 76, "count", "cặp",
        change=chg("decrease", 9.5, "%", "cùng kỳ năm 2023"),
        subject="cặp tảo hôn xảy ra trên địa bàn", period=inh(M9)),
    fig("hai huyện", "hai", 2, "count", "huyện", subject="huyện tập trung cặp tảo hôn", period=inh(M9), optional=True),
    fig("lần lượt 31 cặp", "31", 31, "count", "cặp", subject="cặp tảo hôn", period=inh(M9), location="Mù Cang Chải"),
    fig("và 22 cặp", "22", 22, "count", "cặp", subject="cặp tảo hôn", period=inh(M9), location="Trạm Tấu"),
    fig("khoảng 25,3%", "25,3", 25.3, "percent", "%", approx="about",
        change=chg("increase", 2.1, "lần", "mức bình quân của tỉnh"),
        subject="tỷ lệ tảo hôn", location="Mù Cang Chải"),
    fig("hơn 40 km", "40", 40, "measure", "km", approx="over", optional=True, location="Mù Cang Chải"),
    fig("thực hiện 15 phóng sự", "15", 15, "count", "phóng sự, tin bài",
        subject="phóng sự, tin bài bằng tiếng Mông, tiếng Dao", period=Q3),
    fig("tổ chức 2 cuộc thi", "2", 2, "count", "cuộc thi",
        subject='cuộc thi "Tìm hiểu pháp luật về hôn nhân và gia đình"', period=Q3),
    fig("thu hút 1.450 bài", "1.450", 1450, "count", "bài dự thi", subject="bài dự thi", period=Q3),
    fig("tổ chức 214 hội nghị", "214", 214, "count", "hội nghị", percent=89,
        subject="hội nghị tuyên truyền", period=per("Từ đầu năm đến nay", "2024-01-01", "2024-10-08")),
    fig("khoảng 12.600 lượt người", "12.600", 12600, "count", "lượt người", approx="about",
        subject="lượt người tham dự hội nghị tuyên truyền",
        period=per("Từ đầu năm đến nay", "2024-01-01", "2024-10-08")),
    fig("là 5,12 tỷ đồng", "5,12", 5120000000, "money", "đồng",
        subject="Tổng kinh phí thực hiện Tiểu dự án 2", period=Y24),
    fig("ương 4,65 tỷ đồng", "4,65", 4650000000, "money", "đồng", total=5120000000,
        subject="kinh phí ngân sách trung ương", period=Y24),
    fig("ứng 470 triệu đồng", "470", 470000000, "money", "đồng", total=5120000000,
        subject="kinh phí ngân sách địa phương đối ứng", period=Y24),
    fig("khoảng 100 cặp", "100", 100, "count", "cặp", approx="about", status="estimate",
        change=chg("decrease", 10, "%", "năm 2023"),
        subject="cặp tảo hôn", period=per("cả năm 2024", "2024-01-01", "2024-12-31")),
    fig("khoảng 1.500 người", "1.500", 1500, "count", "người", approx="about", status="forecast",
        subject='người dân tham gia Ngày hội "Gia đình hạnh phúc"', period=per("tháng 11/2024", "2024-11-01", "2024-11-30"),
        location="Mù Cang Chải"),
    fig("dưới 10%", "10", 10, "percent", "%", approx="under", status="target",
        subject="tỷ lệ tảo hôn toàn tỉnh", period=per("đến năm 2025", end="2025-12-31")),
]

NOTES = [
    "Báo Dân tộc và Phát triển style (byline 'PHÚC AN 07:15, 08/10/2024'): Yên Bái, 9 tháng năm 2024 — ngăn chặn tảo hôn, truyền thông.",
    "The headline 58 and the lead 58 are two mentions; the change belongs to the lead. 'lần lượt 31 cặp và 22 cặp' -> Mù Cang Chải,",
    "Trạm Tấu (no part-of cue, no total). 'cao gấp 2,1 lần mức bình quân' after 25,3% is its change (lần). 'Từ đầu năm đến nay' ends",
    "at the dateline; 'đạt 89% kế hoạch năm' is the share of the 214 conferences. 'trong đó' parts of 5,12 tỷ get that total.",
    "revised: 'hai huyện Mù Cang Chải và Trạm Tấu' added as optional (an enumerating count; shared gold 003 keeps one, 004 makes one optional).",
    "'Hiện nay' gives no period. 'hơn 40 km' (distance of a hamlet) optional. 'Quốc lộ 32', 'lớp 7, lớp 8', 'lần thứ 2' not figures.",
]

if __name__ == "__main__":
    write("p718-8", TEXT, NOTES, FIGS, published="2024-10-08", location="Yên Bái")
