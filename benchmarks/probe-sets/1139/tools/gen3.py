"""p1139-3: formal report (UBND tỉnh Quảng Ngãi), 2023, flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH QUẢNG NGÃI
Số: 21/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 18 tháng 01 năm 2024

BÁO CÁO
Kết quả đăng ký hộ kinh doanh và hỗ trợ hộ kinh doanh chuyển đổi lên doanh nghiệp năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Đăng ký hộ kinh doanh
Năm 2023, toàn tỉnh cấp đăng ký thành lập mới 3.264 hộ kinh doanh, tăng 8,1% so với năm 2022; có 863 hộ chấm dứt hoạt động. Kết quả theo địa phương:
Đơn vị tính: hộ
Địa phương | Đăng ký mới | Chuyển đổi lên doanh nghiệp | Chấm dứt hoạt động
TP Quảng Ngãi | 1.126 | 21 | 304
Thị xã Đức Phổ | 498 | 9 | 117
Huyện Bình Sơn | 562 | 11 | 136
Huyện Tư Nghĩa | 371 | 6 | 95
Các huyện còn lại | 707 | 10 | 211
Tổng cộng | 3.264 | 57 | 863

2. Hỗ trợ chuyển đổi
Trong năm, 57 hộ kinh doanh đã chuyển đổi lên doanh nghiệp, vượt 14% kế hoạch (kế hoạch 50 hộ), với tổng vốn đăng ký 238,4 tỷ đồng. Ngân sách tỉnh đã chi hỗ trợ 1,14 tỷ đồng, bình quân 20 triệu đồng/hộ. Các doanh nghiệp chuyển đổi đã nộp ngân sách nhà nước khoảng 11,2 tỷ đồng.

II. NHIỆM VỤ NĂM 2024
Phấn đấu có ít nhất 70 hộ kinh doanh chuyển đổi lên doanh nghiệp; 100% hộ có nhu cầu được tư vấn miễn phí về thủ tục, thuế, kế toán.

Nơi nhận:
- Bộ KH&ĐT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTTH.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
INYEAR = per("Trong năm", "2023-01-01", "2023-12-31")
Y24 = per("NHIỆM VỤ NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)

COLS = {"new": "hộ kinh doanh đăng ký mới", "conv": "hộ kinh doanh chuyển đổi lên doanh nghiệp",
        "end": "hộ kinh doanh chấm dứt hoạt động"}


def cell(anchor, number, value, col, place=None, row=None):
    subj = COLS[col] + (f" {row}" if row else "")
    kw = {"location": place} if place else {}
    return fig(anchor, number, value, "count", "hộ", subj, inh(Y23), **kw)


FIGS = [
    fig("mới 3.264 hộ", "3.264", 3264, "count", "hộ kinh doanh", "hộ kinh doanh đăng ký thành lập mới", Y23,
        change=chg("increase", 8.1, "%", "năm 2022")),
    fig("có 863 hộ", "863", 863, "count", "hộ", "hộ kinh doanh chấm dứt hoạt động", Y23),
    cell("Ngãi | 1.126", "1.126", 1126, "new", "Quảng Ngãi"),
    cell("1.126 | 21", "21", 21, "conv", "Quảng Ngãi"),
    cell("21 | 304", "304", 304, "end", "Quảng Ngãi"),
    cell("Phổ | 498", "498", 498, "new", "Đức Phổ"),
    cell("498 | 9", "9", 9, "conv", "Đức Phổ"),
    cell("9 | 117", "117", 117, "end", "Đức Phổ"),
    cell("Bình Sơn | 562", "562", 562, "new", "Bình Sơn"),
    cell("562 | 11", "11", 11, "conv", "Bình Sơn"),
    cell("11 | 136", "136", 136, "end", "Bình Sơn"),
    cell("Nghĩa | 371", "371", 371, "new", "Tư Nghĩa"),
    cell("371 | 6", "6", 6, "conv", "Tư Nghĩa"),
    cell("6 | 95", "95", 95, "end", "Tư Nghĩa"),
    cell("lại | 707", "707", 707, "new", row="các huyện còn lại"),
    cell("707 | 10", "10", 10, "conv", row="các huyện còn lại"),
    cell("10 | 211", "211", 211, "end", row="các huyện còn lại"),
    cell("Tổng cộng | 3.264", "3.264", 3264, "new", row="tổng cộng"),
    cell("3.264 | 57", "57", 57, "conv", row="tổng cộng"),
    cell("57 | 863", "863", 863, "end", row="tổng cộng"),
    fig("Trong năm, 57 hộ", "57", 57, "count", "hộ kinh doanh", "hộ kinh doanh chuyển đổi lên doanh nghiệp", INYEAR,
        change=chg("increase", 14, "%", "kế hoạch"), target=tgt(50, "hộ", True)),
    fig("vốn đăng ký 238,4 tỷ", "238,4", 238.4e9, "money", "đồng",
        "tổng vốn đăng ký của hộ chuyển đổi lên doanh nghiệp", INYEAR),
    fig("hỗ trợ 1,14 tỷ", "1,14", 1.14e9, "money", "đồng", "ngân sách tỉnh chi hỗ trợ hộ chuyển đổi", inh(INYEAR)),
    fig("bình quân 20 triệu", "20", 20e6, "money", "đồng/hộ", "mức hỗ trợ bình quân mỗi hộ chuyển đổi", inh(INYEAR)),
    fig("khoảng 11,2 tỷ", "11,2", 11.2e9, "money", "đồng", "doanh nghiệp chuyển đổi nộp ngân sách nhà nước",
        inh(INYEAR), approx="about"),
    fig("ít nhất 70 hộ", "70", 70, "count", "hộ kinh doanh", "hộ kinh doanh chuyển đổi lên doanh nghiệp", Y24,
        approx="at_least", status="target"),
    fig("100% hộ", "100", 100, "percent", "%", "hộ có nhu cầu được tư vấn miễn phí về thủ tục, thuế, kế toán", Y24,
        status="target"),
]

NOTES = [
    "Formal report under letterhead: 'UBND TỈNH QUẢNG NGÃI', 'Số: 21/BC-UBND', 'Quảng Ngãi, ngày 18 tháng 01 năm 2024' (published), sections, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: hộ', rows are districts (→ location; 'TP Quảng Ngãi' reduces to the province name) plus",
    "'Các huyện còn lại' and 'Tổng cộng' (row label goes into the subject, location Quảng Ngãi). No year in the table: period inherited from 'Năm 2023'.",
    "Cells take no total; the 'Tổng cộng' row is its own figures. Rows add up (3.264 / 57 / 863).",
    "'vượt 14% kế hoạch (kế hoạch 50 hộ)': a gap to a plan is a change with baseline 'kế hoạch'; the bracketed plan is the target (met).",
    "'Trong năm' in an annual report = the report year 2023 (scored). Section II heading 'NHIỆM VỤ NĂM 2024' gives the target period (inherited).",
    "Distractors: 'Số: 21/BC-UBND', section numbers I./II./1./2., 'KH&ĐT', 'Lưu: VT, KTTH', the date line.",
]

if __name__ == "__main__":
    write("p1139-3", TEXT, NOTES, FIGS, published="2024-01-18", location="Quảng Ngãi")
