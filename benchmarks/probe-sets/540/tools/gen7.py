"""p540-7: Sở Xây dựng Đà Nẵng department site, no dateline — drainage fee table 2024-2026 (one cell per line)."""
from lib import emit, fig, per

TEXT = """SỞ XÂY DỰNG THÀNH PHỐ ĐÀ NẴNG
Giới thiệu | Tin tức - Sự kiện | Văn bản pháp quy | Hỏi đáp

Giá dịch vụ thoát nước và xử lý nước thải giai đoạn 2024 - 2026

UBND thành phố Đà Nẵng đã ban hành Quyết định số 2759/QĐ-UBND ngày 15/12/2023 quy định giá dịch vụ thoát nước và xử lý nước thải trên địa bàn thành phố. Theo đó, giá dịch vụ được điều chỉnh theo lộ trình 3 năm, mức tăng bình quân khoảng 15%/năm.

Năm 2023, nguồn thu từ giá dịch vụ thoát nước đạt khoảng 186 tỷ đồng, bằng 42% chi phí vận hành, bảo dưỡng hệ thống. Hiện thành phố có 6 trạm xử lý nước thải với tổng công suất 211.400 m³/ngày đêm và khoảng 1.950 km cống thoát nước; tỷ lệ hộ dân đấu nối đạt 89,2%.

Bảng: Giá dịch vụ thoát nước và xử lý nước thải theo đối tượng
Đơn vị tính: đồng/m³ nước sạch tiêu thụ (chưa gồm thuế giá trị gia tăng)

Đối tượng
Năm 2024
Năm 2025
Năm 2026
Hộ gia đình
2.650
3.050
3.500
Cơ quan hành chính, sự nghiệp
3.400
3.900
4.480
Cơ sở sản xuất
4.150
4.770
5.490
Kinh doanh, dịch vụ
5.230
6.010
6.920

Hộ gia đình trong khu vực chưa có hệ thống thu gom áp dụng mức bằng 50% mức giá nêu trên. Tổ chức, cá nhân cần giải đáp liên hệ Phòng Hạ tầng kỹ thuật, Sở Xây dựng.

Sở Xây dựng thành phố Đà Nẵng - Tầng 7, Trung tâm Hành chính thành phố, số 24 Trần Phú, quận Hải Châu
Điện thoại: 0236.3822.134 | Tổng lượt truy cập: 2.415.778
"""

YEARS = [("Năm 2024", "2024-01-01", "2024-12-31"), ("Năm 2025", "2025-01-01", "2025-12-31"),
         ("Năm 2026", "2026-01-01", "2026-12-31")]
ROWS = [
    ("Hộ gia đình", "Hộ gia đình\n", ["2.650", "3.050", "3.500"]),
    ("Cơ quan hành chính, sự nghiệp", "sự nghiệp\n", ["3.400", "3.900", "4.480"]),
    ("Cơ sở sản xuất", "Cơ sở sản xuất\n", ["4.150", "4.770", "5.490"]),
    ("Kinh doanh, dịch vụ", "Kinh doanh, dịch vụ\n", ["5.230", "6.010", "6.920"]),
]

FIGS = [
    fig("3 năm", "3", 3, "measure", "năm", "lộ trình điều chỉnh giá dịch vụ", optional=True),
    fig("khoảng 15%/năm", "15", 15, "percent", "%", "mức tăng bình quân giá dịch vụ", approx="about"),
    fig("khoảng 186 tỷ", "186", 186e9, "money", "đồng", "nguồn thu từ giá dịch vụ thoát nước",
        per("Năm 2023", "2023-01-01", "2023-12-31"), approx="about", percent=42),
    fig("có 6 trạm", "6", 6, "count", "trạm", "trạm xử lý nước thải"),
    fig("suất 211.400 m³", "211.400", 211400, "measure", "m³/ngày đêm", "tổng công suất trạm xử lý nước thải"),
    fig("khoảng 1.950 km", "1.950", 1950, "measure", "km", "cống thoát nước", approx="about"),
    fig("đạt 89,2%", "89,2", 89.2, "percent", "%", "tỷ lệ hộ dân đấu nối"),
]
for label, lead, cells in ROWS:
    prev = lead
    for (ytext, ys, ye), cell in zip(YEARS, cells):
        anchor = prev + cell
        FIGS.append(fig(anchor, cell, float(cell.replace(".", "")), "money", "đồng/m³",
                        f"giá dịch vụ thoát nước và xử lý nước thải {label.lower() if label != 'Hộ gia đình' else 'hộ gia đình'} {ytext.lower()}",
                        per(ytext, ys, ye)))
        prev = cell + "\n"
FIGS.append(fig("bằng 50% mức", "50", 50, "percent", "%",
                "mức giá áp dụng cho hộ gia đình trong khu vực chưa có hệ thống thu gom so với mức giá nêu trên"))

COMMENTS = [
    "Sở Xây dựng Đà Nẵng (department site), no dateline (published null): giá dịch vụ thoát nước và xử lý nước thải",
    "2024-2026 under Quyết định số 2759/QĐ-UBND ngày 15/12/2023 (a document number and its date, not the article's date).",
    "Table one cell per line: 'Đơn vị tính: đồng/m³ …' gives every cell money/đồng/m³; period from the column header",
    "(Năm 2024/2025/2026); no Kế hoạch/Ước header, so every cell is actual. Subject = price + row label + column.",
    "Not figures: 'Tầng 7', 'số 24 Trần Phú', phone 0236.3822.134, 'Tổng lượt truy cập: 2.415.778'. 'lộ trình 3 năm' is",
    "the schedule's length (optional). 'bằng 42% chi phí' is the percent of 186 tỷ; 'Hiện' sentences get no period.",
]

if __name__ == "__main__":
    emit("p540-7", TEXT, COMMENTS, FIGS, location="Đà Nẵng")
