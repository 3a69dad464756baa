"""p1156-7: department site (Sở LĐ-TB&XH Đà Nẵng), no dateline; beauty-trade vocational training, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI THÀNH PHỐ ĐÀ NẴNG
Giới thiệu | Tin tức | Thủ tục hành chính | Liên hệ

Đào tạo nghề làm đẹp: học viên tăng, cơ sở đạt chuẩn còn ít

Đà Nẵng hiện có 23 cơ sở được cấp giấy chứng nhận đăng ký hoạt động giáo dục nghề nghiệp trình độ sơ cấp các nghề cắt tóc, trang điểm, chăm sóc da, làm móng, trong đó 4 trường cao đẳng, trung cấp và 19 trung tâm, doanh nghiệp. Qua kiểm tra năm 2024, 6 cơ sở chưa bảo đảm diện tích phòng thực hành tối thiểu 4 m²/học viên.

Kết quả tuyển sinh sơ cấp nhóm nghề làm đẹp:
Đơn vị tính: học viên
Nghề
Năm 2023
Năm 2024
6 tháng đầu năm 2025
Cắt tóc
412
468
251
Trang điểm
305
340
197
Chăm sóc da
286
322
164
Làm móng
198
236
118
Tổng số
1.201
1.366
730

Năm 2024, tuyển sinh tăng 13,7% so với năm 2023; tỷ lệ học viên có việc làm sau khóa học đạt 78%, riêng nghề cắt tóc đạt 86%. Học phí phổ biến từ 6 đến 15 triệu đồng/khóa, thời gian đào tạo 2-3 tháng. Sở đề nghị các cơ sở hoàn thiện điều kiện trước quý III, phấn đấu cả năm 2025 tuyển sinh 1.500 học viên.

Tin liên quan:
- Hội thi tay nghề làm đẹp lần thứ 4
- Thông báo tuyển sinh lớp trang điểm khóa 12

Địa chỉ: Tầng 21, Trung tâm Hành chính, 24 Trần Phú, Hải Châu, Đà Nẵng
Điện thoại: 0236.3822.367
Tổng lượt truy cập: 2.406.115 | Đang online: 41
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
H25 = per("6 tháng đầu năm 2025", "2025-01-01", "2025-06-30")
K24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("cả năm 2025", "2025-01-01", "2025-12-31")
COLP = {"năm 2023": Y23, "năm 2024": Y24, "6 tháng đầu năm 2025": H25}


def cell(anchor, number, value, row, col):
    return fig(anchor, number, value, "count", "học viên", subject=f"tuyển sinh sơ cấp {row} {col}", period=COLP[col])


FIGS = [
    fig("hiện có 23 cơ sở", "23", 23, "count", "cơ sở",
        subject="cơ sở được cấp giấy chứng nhận đăng ký hoạt động giáo dục nghề nghiệp trình độ sơ cấp các nghề làm đẹp"),
    fig("4 trường", "4", 4, "count", "trường cao đẳng, trung cấp", total=23,
        subject="trường cao đẳng, trung cấp đào tạo nghề làm đẹp"),
    fig("19 trung tâm", "19", 19, "count", "trung tâm, doanh nghiệp", total=23,
        subject="trung tâm, doanh nghiệp đào tạo nghề làm đẹp"),
    fig("2024, 6 cơ sở", "6", 6, "count", "cơ sở",
        subject="cơ sở chưa bảo đảm diện tích phòng thực hành tối thiểu", period=K24),
    fig("tối thiểu 4 m²", "4", 4, "measure", "m²/học viên", approx="at_least",
        subject="diện tích phòng thực hành"),
    cell("Cắt tóc\n412", "412", 412, "nghề cắt tóc", "năm 2023"),
    cell("412\n468", "468", 468, "nghề cắt tóc", "năm 2024"),
    cell("468\n251", "251", 251, "nghề cắt tóc", "6 tháng đầu năm 2025"),
    cell("Trang điểm\n305", "305", 305, "nghề trang điểm", "năm 2023"),
    cell("305\n340", "340", 340, "nghề trang điểm", "năm 2024"),
    cell("340\n197", "197", 197, "nghề trang điểm", "6 tháng đầu năm 2025"),
    cell("Chăm sóc da\n286", "286", 286, "nghề chăm sóc da", "năm 2023"),
    cell("286\n322", "322", 322, "nghề chăm sóc da", "năm 2024"),
    cell("322\n164", "164", 164, "nghề chăm sóc da", "6 tháng đầu năm 2025"),
    cell("Làm móng\n198", "198", 198, "nghề làm móng", "năm 2023"),
    cell("198\n236", "236", 236, "nghề làm móng", "năm 2024"),
    cell("236\n118", "118", 118, "nghề làm móng", "6 tháng đầu năm 2025"),
    cell("Tổng số\n1.201", "1.201", 1201, "tổng số", "năm 2023"),
    cell("1.201\n1.366", "1.366", 1366, "tổng số", "năm 2024"),
    cell("1.366\n730", "730", 730, "tổng số", "6 tháng đầu năm 2025"),
    fig("tăng 13,7%", "13,7", 13.7, "percent", "%", subject="tuyển sinh nhóm nghề làm đẹp",
        period=Y24),
    fig("đạt 78%", "78", 78, "percent", "%", subject="tỷ lệ học viên có việc làm sau khóa học", period=Y24),
    fig("đạt 86%", "86", 86, "percent", "%", subject="tỷ lệ học viên nghề cắt tóc có việc làm sau khóa học",
        period=Y24),
    fig("từ 6 đến 15 triệu", "6", 6000000, "money", "đồng/khóa", value_max=15000000, subject="học phí"),
    fig("2-3 tháng", "2", 2, "measure", "tháng", value_max=3, subject="thời gian đào tạo"),
    fig("tuyển sinh 1.500 học viên", "1.500", 1500, "count", "học viên", status="target",
        subject="tuyển sinh học viên nhóm nghề làm đẹp", period=Y25),
]

NOTES = [
    "Department site (Sở LĐ-TB&XH Đà Nẵng), no dateline: published absent. Footer address, phone, 'Tổng lượt truy cập', 'Đang online'.",
    "One-cell-per-line table, 'Đơn vị tính: học viên', rows are trades (items), columns Năm 2023 / Năm 2024 / 6 tháng đầu năm 2025;",
    "cells: subject = row + column label, period from the column header (scored); the 'Tổng số' row is figures of its own, no totals.",
    "'trong đó 4 trường …, 19 trung tâm …' → total 23. 'tối thiểu 4 m²/học viên' is a norm (measure, at_least).",
    "'tuyển sinh tăng 13,7% so với năm 2023' is a growth rate standing as the claim: percent, no change object.",
    "Distractors: 'lần thứ 4', 'khóa 12', 'trước quý III' (deadline), 'Tầng 21', '24 Trần Phú', phone, counters.",
]

if __name__ == "__main__":
    write("p1156-7", TEXT, NOTES, FIGS, location="Đà Nẵng")
