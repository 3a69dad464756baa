"""p1160-7: department site (Sở TT&TT Bình Định), no dateline: services at commune post-office points, one-cell-per-line table."""
from lib import F, P, I, C, T, write, occurrences

TEXT = """SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH BÌNH ĐỊNH
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Liên hệ

Nâng cao hiệu quả dịch vụ tại các điểm bưu điện văn hóa xã

Bình Định hiện có 126 điểm bưu điện văn hóa xã (BĐVHX); 100% điểm có nhân viên thường trực và được kết nối với mạng bưu chính KT1. Năm 2024, các điểm BĐVHX thực hiện 187.400 lượt dịch vụ bưu chính công ích và hành chính công, tăng 11,2% so với năm 2023, đạt 104% kế hoạch.

Kết quả cung cấp dịch vụ tại các điểm BĐVHX:
Đơn vị tính: lượt
Dịch vụ
Năm 2023
Năm 2024
Kế hoạch 2025
Chi trả lương hưu, trợ cấp xã hội
98.200
104.600
110.000
Tiếp nhận, trả kết quả hồ sơ TTHC
41.500
52.300
60.000
Thu bảo hiểm xã hội tự nguyện, bảo hiểm y tế
28.830
30.500
33.000
Tổng cộng
168.530
187.400
203.000

Ở các huyện miền núi, lượng giao dịch tại điểm BĐVHX còn thấp; tại huyện An Lão, bình quân mỗi điểm chỉ 8-10 lượt giao dịch/ngày. Năm 2025, Sở dự kiến trang bị máy tính, máy in cho 40 điểm BĐVHX vùng khó khăn với kinh phí khoảng 1,2 tỷ đồng.

Năm 2024, các điểm BĐVHX cũng bán ra 5.860 bộ tem bưu chính, riêng bộ tem "Tết Ất Tỵ" tiêu thụ hơn 1.100 bộ.

Tin liên quan:
- Tập huấn nghiệp vụ cho nhân viên điểm BĐVHX lần thứ 5
- Hưởng ứng Tuần lễ Quốc tế thư viết tay UPU lần thứ 54

SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH BÌNH ĐỊNH
Địa chỉ: 02 Trần Phú, TP Quy Nhơn, tỉnh Bình Định
Điện thoại: 0256.3822.566 | Email: stttt@binhdinh.gov.vn
Tổng lượt truy cập: 2.306.118 | Đang trực tuyến: 41
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
K25 = P("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31")),
        ("năm 2024", P("Năm 2024", "2024-01-01", "2024-12-31")),
        ("kế hoạch 2025", K25)]
ROWS = [("Chi trả lương hưu, trợ cấp xã hội", ["98.200", "104.600", "110.000"]),
        ("Tiếp nhận, trả kết quả hồ sơ TTHC", ["41.500", "52.300", "60.000"]),
        ("Thu bảo hiểm xã hội tự nguyện, bảo hiểm y tế", ["28.830", "30.500", "33.000"]),
        ("Tổng cộng", ["168.530", "187.400", "203.000"])]


def table():
    out = []
    for label, cells in ROWS:
        block = label + "\n" + "\n".join(cells) + "\n"
        at = TEXT.index(block) + len(label) + 1
        for j, c in enumerate(cells):
            s = at
            e = s + len(c) + 1
            while occurrences(TEXT, TEXT[s:e]) > 1:
                s -= 1           # extend left over the previous line (its number comes earlier only if it is
                                 # equal, which the check below rules out)
            assert TEXT[s:e].find(c) == at - s or c not in TEXT[s:at], (label, c)
            col, per = COLS[j]
            kw = {"status": "target"} if j == 2 else {}
            out.append(F(TEXT[s:e], c, float(c.replace(".", "")), "count", "lượt",
                         subject=f"{label} {col}", period=per, **kw))
            at += len(c) + 1
    return out


FIGS = [
    F("có 126 điểm", "126", 126, "count", "điểm bưu điện văn hóa xã", subject="điểm bưu điện văn hóa xã"),
    F("100% điểm có nhân viên", "100", 100, "percent", "%",
      subject="tỷ lệ điểm BĐVHX có nhân viên thường trực và được kết nối với mạng bưu chính"),
    F("thực hiện 187.400 lượt", "187.400", 187400, "count", "lượt dịch vụ", percent=104,
      change=C("increase", 11.2, "%", "năm 2023"),
      subject="lượt dịch vụ bưu chính công ích và hành chính công tại các điểm BĐVHX", period=Y24),
] + table() + [
    F("chỉ 8-10 lượt", "8", 8, "measure", "lượt giao dịch/ngày", value_max=10, location="An Lão",
      subject="lượt giao dịch bình quân mỗi điểm BĐVHX"),
    F("cho 40 điểm", "40", 40, "count", "điểm BĐVHX", status="forecast",
      subject="điểm BĐVHX vùng khó khăn được trang bị máy tính, máy in", period=Y25),
    F("khoảng 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí trang bị máy tính, máy in cho điểm BĐVHX", period=Y25),
    F("ra 5.860 bộ", "5.860", 5860, "count", "bộ tem", subject="bộ tem bưu chính bán ra tại các điểm BĐVHX",
      period=P("Năm 2024, các điểm BĐVHX cũng", "2024-01-01", "2024-12-31")),
    F("hơn 1.100 bộ", "1.100", 1100, "count", "bộ", approx="over", subject="bộ tem Tết Ất Tỵ tiêu thụ",
      period=P("Năm 2024, các điểm BĐVHX cũng", "2024-01-01", "2024-12-31")),
]

NOTES = [
    "Department site (Sở TT&TT Bình Định), no dateline (no published): menu, related links, footer address, phone, counters.",
    "One-cell-per-line table, 'Đơn vị tính: lượt', rows = services, columns Năm 2023 / Năm 2024 / Kế hoạch 2025 (target), 'Tổng cộng' row.",
    "Cell subject = row label + column label; period from the column header (scored). Cells get no totals.",
    "Distractors: 'mạng bưu chính KT1', 'lần thứ 5', 'lần thứ 54', address '02 Trần Phú', phone, 'Tổng lượt truy cập: 2.306.118', 'Đang trực tuyến: 41'.",
    "'tại huyện An Lão, bình quân mỗi điểm chỉ 8-10 lượt giao dịch/ngày': a per-day rate range, location An Lão.",
    "'riêng bộ tem … hơn 1.100 bộ' after 5.860: 'riêng' is not one of the spec's part cues, so no total (borderline).",
    "'Năm 2025, Sở dự kiến …' forecast for both the 40 points and the 1,2 tỷ.",
]

if __name__ == "__main__":
    write("p1160-7", TEXT, NOTES, FIGS, location="Bình Định")
