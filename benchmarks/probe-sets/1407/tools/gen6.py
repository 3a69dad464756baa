"""p1407-6: department site (Chi cục Kiểm lâm Đồng Nai), no dateline: rescue of monkeys, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH ĐỒNG NAI
CHI CỤC KIỂM LÂM
Giới thiệu | Tin tức | Bảo tồn động vật hoang dã | Văn bản pháp luật | Hỏi đáp

Kết quả tiếp nhận, cứu hộ khỉ hoang dã năm 2024

Năm 2024, các đơn vị trên địa bàn tỉnh ước tiếp nhận 85 cá thể khỉ, tăng 32,8% so với năm 2023, chiếm khoảng 60% số động vật hoang dã được cứu hộ. Phần lớn là khỉ đuôi dài, khỉ đuôi lợn do người dân nuôi nhốt trái phép tự nguyện giao nộp hoặc khỉ vào khu dân cư bị bẫy bắt. Số cá thể tái thả về tự nhiên ước đạt 52 cá thể, vượt kế hoạch đề ra là 50 cá thể.

Đơn vị tính: cá thể
Chỉ tiêu
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Tổng số cá thể tiếp nhận
64
85
90
Trong đó: người dân tự nguyện giao nộp
41
57
60
Tái thả về tự nhiên
38
52
60
Bẫy bắt, di dời khỏi khu dân cư
15
22
30

Năm 2024, toàn tỉnh ghi nhận 35 vụ khỉ vào khu dân cư, tập trung tại huyện Tân Phú (16 vụ), Định Quán (9 vụ) và Vĩnh Cửu (7 vụ). Chi phí chăm sóc, nuôi dưỡng bình quân khoảng 1,2 triệu đồng/cá thể/tháng; thời gian nuôi dưỡng trước khi tái thả từ 3 đến 6 tháng.

Năm 2025, Chi cục phấn đấu tái thả ít nhất 60 cá thể, đồng thời phối hợp Vườn quốc gia Cát Tiên xây dựng thêm 2 khu bán hoang dã.

Tin khác: Đồng Nai ra quân bảo vệ rừng mùa khô | Hướng dẫn giao nộp động vật hoang dã

Đường dây nóng: 1800.1522
Địa chỉ: Số 235 đường Phạm Văn Thuận, phường Tân Tiến, TP Biên Hòa
Lượt truy cập: 1.204.377 | Đang online: 23
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", Y23, "actual"), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]


def cells(label, anchors, numbers, totals=None):
    out = []
    for i, ((col, p, st), a, n) in enumerate(zip(COLS, anchors, numbers)):
        kw = {"status": st} if st != "actual" else {}
        if totals:
            kw["total"] = totals[i]
        out.append(fig(a, n, float(n), "count", "cá thể", subject=f"{label} {col}", period=p, **kw))
    return out


FIGS = [
    fig("ước tiếp nhận 85 cá thể", "85", 85, "count", "cá thể", status="estimate", percent=60,
        change=chg("increase", 32.8, "%", "năm 2023"), subject="cá thể khỉ các đơn vị tiếp nhận", period=Y24),
    fig("ước đạt 52 cá thể", "52", 52, "count", "cá thể", status="estimate", target=tgt(50, "cá thể", True),
        subject="số cá thể tái thả về tự nhiên", period=inh(Y24)),
]
FIGS += cells("tổng số cá thể tiếp nhận", ["tiếp nhận\n64\n", "64\n85\n", "85\n90\n"], ["64", "85", "90"])
FIGS += cells("người dân tự nguyện giao nộp", ["giao nộp\n41\n", "41\n57\n", "57\n60\n"], ["41", "57", "60"],
              totals=[64, 85, 90])
FIGS += cells("tái thả về tự nhiên", ["nhiên\n38\n", "38\n52\n", "52\n60\n"], ["38", "52", "60"])
FIGS += cells("bẫy bắt, di dời khỏi khu dân cư", ["dân cư\n15\n", "15\n22\n", "22\n30\n"], ["15", "22", "30"])
FIGS += [
    fig("ghi nhận 35 vụ", "35", 35, "count", "vụ", subject="vụ khỉ vào khu dân cư", period=Y24),
    fig("Tân Phú (16 vụ)", "16", 16, "count", "vụ", subject="vụ khỉ vào khu dân cư", period=Y24,
        location="Tân Phú"),
    fig("Định Quán (9 vụ)", "9", 9, "count", "vụ", subject="vụ khỉ vào khu dân cư", period=Y24,
        location="Định Quán"),
    fig("Vĩnh Cửu (7 vụ)", "7", 7, "count", "vụ", subject="vụ khỉ vào khu dân cư", period=Y24,
        location="Vĩnh Cửu"),
    fig("khoảng 1,2 triệu", "1,2", 1.2e6, "money", "đồng/cá thể/tháng", approx="about",
        subject="chi phí chăm sóc, nuôi dưỡng bình quân"),
    fig("từ 3 đến 6 tháng", "3", 3, "measure", "tháng", value_max=6,
        subject="thời gian nuôi dưỡng trước khi tái thả"),
    fig("ít nhất 60 cá thể", "60", 60, "count", "cá thể", approx="at_least", status="target",
        subject="cá thể tái thả", period=Y25),
    fig("thêm 2 khu", "2", 2, "count", "khu", status="target", subject="khu bán hoang dã xây dựng thêm",
        period=Y25),
]

NOTES = [
    "Department site (Chi cục Kiểm lâm Đồng Nai) with no dateline: published null. Menu, related links, hotline, address, visitor counters.",
    "One-cell-per-line table, 'Đơn vị tính: cá thể': Năm 2023 (actual) / Ước thực hiện 2024 (estimate) / Kế hoạch 2025 (target); period from the header.",
    "The 'Trong đó:' row follows the 'Tổng số' row: each of its cells takes the Tổng số cell of the same column as total (spec: part after 'trong đó').",
    "Lead: 'ước tiếp nhận 85 ... tăng 32,8% ..., chiếm khoảng 60%' -> estimate, change, percent. 'vượt kế hoạch đề ra là 50 cá thể' -> target 50, met.",
    "'tập trung tại huyện Tân Phú (16 vụ), Định Quán (9 vụ) và Vĩnh Cửu (7 vụ)' do not add up to 35 and 'tập trung tại' is no part-of cue -> no total.",
    "'từ 3 đến 6 tháng' is a measured duration (a fact), not a period. '1,2 triệu đồng/cá thể/tháng' -> money rate.",
    "Distractors: 1800.1522, 'Số 235 đường Phạm Văn Thuận', 'Lượt truy cập: 1.204.377', 'Đang online: 23'.",
]

if __name__ == "__main__":
    write("p1407-6", TEXT, NOTES, FIGS, published=None, location="Đồng Nai")
