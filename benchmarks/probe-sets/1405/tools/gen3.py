"""p1405-3: formal report (UBND tỉnh Bắc Giang, Số: 27/BC-UBND): workers abroad 2023, '|' table by market, plan 2024."""
from lib import F, P, inh, chg, tgt, write

TEXT = """UBND TỈNH BẮC GIANG
Số: 27/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Giang, ngày 16 tháng 01 năm 2024

BÁO CÁO
Kết quả đưa người lao động đi làm việc ở nước ngoài theo hợp đồng năm 2023 và kế hoạch năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2023
1. Số lao động xuất cảnh
Năm 2023, toàn tỉnh có 9.415 người đi làm việc ở nước ngoài theo hợp đồng, bằng 117,7% kế hoạch, tăng 8,3% so với năm 2022. Lao động nữ chiếm 38,6%.

Đơn vị tính: người
Thị trường | Năm 2022 | Năm 2023 | Kế hoạch 2024
Nhật Bản | 4.870 | 5.362 | 5.500
Hàn Quốc | 1.512 | 1.476 | 1.600
Đài Loan (Trung Quốc) | 1.985 | 2.214 | 2.300
Thị trường khác | 326 | 363 | 600
Tổng cộng | 8.693 | 9.415 | 10.000

2. Chi phí và thu nhập
Qua kiểm tra 18 doanh nghiệp dịch vụ, chi phí bình quân một lao động đi thực tập kỹ năng tại Nhật Bản khoảng 145 triệu đồng, giảm khoảng 10 triệu đồng so với năm 2022; phát hiện 3 doanh nghiệp thu tiền dịch vụ vượt mức quy định, xử phạt 285 triệu đồng. Thu nhập của thực tập sinh dao động từ 25 đến 33 triệu đồng/tháng.

II. KẾ HOẠCH NĂM 2024
Phấn đấu đưa 10.000 lao động đi làm việc ở nước ngoài, trong đó Nhật Bản 5.500 người; tổ chức đào tạo tiếng Nhật cho khoảng 4.000 học viên; 100% doanh nghiệp dịch vụ được kiểm tra, giám sát việc thu phí theo Nghị định số 112/2021/NĐ-CP.

Nơi nhận:
- Bộ LĐ-TB&XH (b/c);
- Thường trực Tỉnh ủy, HĐND tỉnh;
- Lưu: VT, KGVX.
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24H = P("KẾ HOẠCH NĂM 2024", "2024-01-01", "2024-12-31")
COLS = [("năm 2022", Y22, None), ("năm 2023", Y23, None), ("kế hoạch 2024", K24, "target")]
ROWS = [("Nhật Bản", ["4.870", "5.362", "5.500"]),
        ("Hàn Quốc", ["1.512", "1.476", "1.600"]),
        ("Đài Loan (Trung Quốc)", ["1.985", "2.214", "2.300"]),
        ("Thị trường khác", ["326", "363", "600"]),
        ("Tổng cộng", ["8.693", "9.415", "10.000"])]


def cells():
    out = []
    for label, nums in ROWS:
        left = label
        for (col, per, st), n in zip(COLS, nums):
            kw = {"status": st} if st else {}
            out.append(F(f"{left} | {n}", n, float(n.replace(".", "")), "count", "người",
                         subject=f"người đi làm việc ở nước ngoài {label} {col}", period=per, **kw))
            left = n
    return out


FIGS = [
    F("có 9.415 người", "9.415", 9415, "count", "người", percent=117.7,
      change=chg("increase", 8.3, "%", "năm 2022"),
      subject="người đi làm việc ở nước ngoài theo hợp đồng", period=Y23),
    F("chiếm 38,6%", "38,6", 38.6, "percent", "%", subject="tỷ lệ lao động nữ", period=inh(Y23)),
] + cells() + [
    F("kiểm tra 18 doanh nghiệp", "18", 18, "count", "doanh nghiệp",
      subject="doanh nghiệp dịch vụ được kiểm tra", period=inh(Y23)),
    F("khoảng 145 triệu", "145", 145e6, "money", "đồng", approx="about",
      change=chg("decrease", 10e6, "đồng", "năm 2022", approx="about"),
      subject="chi phí bình quân một lao động đi thực tập kỹ năng tại Nhật Bản", period=inh(Y23)),
    F("phát hiện 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp",
      subject="doanh nghiệp thu tiền dịch vụ vượt mức quy định", period=inh(Y23)),
    F("xử phạt 285 triệu", "285", 285e6, "money", "đồng", subject="tiền xử phạt doanh nghiệp vi phạm",
      period=inh(Y23)),
    F("từ 25 đến 33 triệu", "25", 25e6, "money", "đồng/tháng", value_max=33e6,
      subject="thu nhập của thực tập sinh"),
    F("đưa 10.000 lao động", "10.000", 10000, "count", "lao động", status="target",
      subject="lao động đi làm việc ở nước ngoài", period=inh(Y24H)),
    F("Nhật Bản 5.500 người", "5.500", 5500, "count", "người", total=10000, status="target",
      subject="lao động đi làm việc ở nước ngoài tại Nhật Bản", period=inh(Y24H)),
    F("khoảng 4.000 học viên", "4.000", 4000, "count", "học viên", approx="about", status="target",
      subject="học viên được đào tạo tiếng Nhật", period=inh(Y24H)),
    F("100% doanh nghiệp", "100", 100, "percent", "%", status="target",
      subject="doanh nghiệp dịch vụ được kiểm tra, giám sát việc thu phí", period=inh(Y24H)),
]

NOTES = [
    "Formal report: 'UBND TỈNH BẮC GIANG', 'Số: 27/BC-UBND', 'Bắc Giang, ngày 16 tháng 01 năm 2024', sections I/II and 1-2, 'Nơi nhận'.",
    "Distractors: 27/BC-UBND, the letterhead date, section numbers I./II./1./2., Nghị định số 112/2021/NĐ-CP, 'Lưu: VT, KGVX'.",
    "Flattened '|' table, 'Đơn vị tính: người'; rows are markets (foreign partners: subject, not location); period from the column",
    "header (scored); 'Kế hoạch 2024' → target. Table cells get no total. The prose 9.415 and the table's 9.415 are separate figures.",
    "'bằng 117,7% kế hoạch' → percent attribute; 'Lao động nữ chiếm 38,6%' stands alone: a percent figure (period inherited).",
    "'giảm khoảng 10 triệu đồng so với năm 2022' → change in đồng. '3 doanh nghiệp' after 'kiểm tra 18' has no part-of cue: no total.",
    "revised after the first run: 'trong đó Nhật Bản 5.500 người' subject 'người đi Nhật Bản' → 'lao động đi làm việc ở nước ngoài tại",
    "Nhật Bản' (the part has no predicate of its own; by the list rule its indicator is the whole's, as in p1405-1).",
    "Section II 'Phấn đấu' governs the whole ';' chain (target); the year stands in the heading (inherited).",
]

if __name__ == "__main__":
    write("p1405-3", TEXT, NOTES, FIGS, published="2024-01-16", location="Bắc Giang")
