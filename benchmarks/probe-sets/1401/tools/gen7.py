"""p1401-7: department site without dateline (Sở GD&ĐT Đà Nẵng): departures by district in a one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

ROWS = [  # label, location, 2023, 2024 estimate, 2025 plan
    ("Hải Châu", "Hải Châu", "612", "680", "720"),
    ("Thanh Khê", "Thanh Khê", "455", "498", "530"),
    ("Sơn Trà", "Sơn Trà", "318", "352", "380"),
    ("Liên Chiểu", "Liên Chiểu", "276", "301", "330"),
    ("Các quận, huyện còn lại", None, "389", "419", "440"),
    ("Tổng số", None, "2.050", "2.250", "2.400"),
]

TABLE = "\n".join(["Quận, huyện", "Năm 2023", "Ước thực hiện 2024", "Kế hoạch 2025"]
                  + [c for r in ROWS for c in (r[0], r[2], r[3], r[4])])

TEXT = """SỞ GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ ĐÀ NẴNG
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Hỏi đáp

Số liệu học sinh, sinh viên đi du học và tổ chức tư vấn du học

Năm 2024, số học sinh, sinh viên thành phố đi du học ước đạt 2.250 người, tăng 9,8% so với năm 2023; trong đó có 64 em nhận học bổng toàn phần hoặc bán phần, tăng 11 em so với năm trước. Học sinh, sinh viên chủ yếu chọn du học Úc (34%), Hàn Quốc (21%), Nhật Bản (18%) và Hoa Kỳ (12%).

Số học sinh, sinh viên đi du học phân theo quận, huyện
Đơn vị tính: người

""" + TABLE + """

Hiện thành phố có 38 tổ chức kinh doanh dịch vụ tư vấn du học được cấp phép, trong đó 26 tổ chức có trụ sở tại quận Hải Châu. Năm 2024, Sở đã tổ chức 2 đợt kiểm tra đối với 15 tổ chức, phát hiện 3 tổ chức vi phạm, chuyển cơ quan có thẩm quyền xử phạt tổng số tiền 60 triệu đồng.

Tin khác:
- Hướng dẫn hồ sơ cấp phép hoạt động tư vấn du học
- Lịch tiếp công dân tháng 12

Địa chỉ: Tầng 9, Trung tâm Hành chính thành phố, 24 Trần Phú, quận Hải Châu
Điện thoại: 0236.3822.345 | Lượt truy cập: 1.204.577 | Đang truy cập: 42
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
COLS = [("năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), "actual"),
        ("ước thực hiện 2024", per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
        ("kế hoạch 2025", per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
IND = "học sinh, sinh viên đi du học"


def value(s):
    return float(s.replace(".", ""))


def table_figs():
    out = []
    prev = "Kế hoạch 2025"
    for label, loc, *cells in ROWS:
        prev = prev + "\n" + label
        for (col, period, status), cell in zip(COLS, cells):
            anchor = prev + "\n" + cell
            # shortest unique anchor: the previous line(s) + this cell
            subj = f"{IND} {col}" if loc else f"{IND} {label.lower()} {col}"
            kw = {"location": loc} if loc else {}
            if status != "actual":
                kw["status"] = status
            out.append((anchor, cell, value(cell), subj, period, kw))
            prev = cell
    return out


FIGS = [
    fig("ước đạt 2.250 người", "2.250", 2250, "count", "người", status="estimate",
        change=chg("increase", 9.8, "%", "năm 2023"),
        subject="số học sinh, sinh viên thành phố đi du học", period=Y24),
    fig("có 64 em", "64", 64, "count", "em", total=2250, status="estimate",
        change=chg("increase", 11, "em", "năm trước"),
        subject="em nhận học bổng toàn phần hoặc bán phần", period=Y24),
    fig("Úc (34%)", "34", 34, "percent", "%", subject="học sinh, sinh viên chọn du học Úc", period=inh(Y24)),
    fig("Hàn Quốc (21%)", "21", 21, "percent", "%", subject="học sinh, sinh viên chọn du học Hàn Quốc",
        period=inh(Y24)),
    fig("Nhật Bản (18%)", "18", 18, "percent", "%", subject="học sinh, sinh viên chọn du học Nhật Bản",
        period=inh(Y24)),
    fig("Hoa Kỳ (12%)", "12", 12, "percent", "%", subject="học sinh, sinh viên chọn du học Hoa Kỳ",
        period=inh(Y24)),
]
for anchor, cell, v, subj, period, kw in table_figs():
    FIGS.append(fig(anchor, cell, v, "count", "người", subject=subj, period=period, **kw))
FIGS += [
    fig("có 38 tổ chức", "38", 38, "count", "tổ chức",
        subject="tổ chức kinh doanh dịch vụ tư vấn du học được cấp phép"),
    fig("26 tổ chức", "26", 26, "count", "tổ chức", total=38,
        subject="tổ chức kinh doanh dịch vụ tư vấn du học có trụ sở", location="Hải Châu"),
    fig("chức 2 đợt", "2", 2, "count", "đợt", subject="đợt kiểm tra", period=Y24),
    fig("với 15 tổ chức", "15", 15, "count", "tổ chức", subject="tổ chức được kiểm tra", period=Y24),
    fig("phát hiện 3 tổ chức", "3", 3, "count", "tổ chức", subject="tổ chức vi phạm", period=Y24),
    fig("tiền 60 triệu", "60", 60e6, "money", "đồng", subject="tổng số tiền xử phạt", period=Y24),
]

NOTES = [
    "Department site (Sở GD&ĐT Đà Nẵng) with no dateline: banner, menu, 'Tin khác', footer with address, phone, 'Lượt truy cập', 'Đang truy cập'.",
    "One-cell-per-line table 'Số học sinh, sinh viên đi du học phân theo quận, huyện', 'Đơn vị tính: người', columns Năm 2023 / Ước thực hiện 2024 / Kế hoạch 2025, 'Tổng số' row.",
    "Cells: district rows → location the district (a place label goes to location); 'Các quận, huyện còn lại' and 'Tổng số' → Đà Nẵng, label in the subject.",
    "Column 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target; periods from the headers (scored). Table cells get no total.",
    "Distractors: 'Tầng 9', '24 Trần Phú', phone 0236.3822.345, 'Lượt truy cập: 1.204.577', 'Đang truy cập: 42', 'tháng 12' in a link.",
    "No published date in the text: no 'published' in the gold. Destination shares 'Úc (34%)' … are percent figures; period inherited from 'Năm 2024'.",
    "'; trong đó có 64 em …' is a part of the 2.250 (total), continues the 'ước đạt' clause (estimate); 'tăng 11 em so với năm trước' → change.",
    "'2 đợt kiểm tra' is counted (number + classifier). '15 … phát hiện 3 …' has no part cue: no total.",
]

if __name__ == "__main__":
    write("p1401-7", TEXT, NOTES, FIGS, location="Đà Nẵng")
