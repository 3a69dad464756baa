"""p1206-3: formal report (UBND tỉnh Thái Bình), assistive devices in 2023, flattened '|' table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH THÁI BÌNH
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Bình, ngày 22 tháng 12 năm 2023

BÁO CÁO
Kết quả trợ giúp phương tiện, dụng cụ chỉnh hình cho người khuyết tật năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Tình hình chung
Tính đến ngày 30/11/2023, toàn tỉnh có 42.516 người khuyết tật, trong đó 11.208 người khuyết tật vận động. Có 28.947 người khuyết tật đang hưởng trợ cấp xã hội hằng tháng, chiếm 68,1% tổng số người khuyết tật.

2. Cấp, trao tặng phương tiện trợ giúp
Năm 2023, các sở, ngành, địa phương đã cấp, trao tặng 2.164 phương tiện trợ giúp, dụng cụ chỉnh hình, bằng 108,2% kế hoạch, tăng 236 chiếc so với năm 2022. Tổng kinh phí thực hiện ước 6,9 tỷ đồng, trong đó ngân sách tỉnh 2,4 tỷ đồng, còn lại là nguồn xã hội hóa.
Đơn vị tính: chiếc
Địa phương | Xe lăn | Xe lắc | Chân tay giả
TP Thái Bình | 148 | 36 | 22
Hưng Hà | 196 | 41 | 25
Đông Hưng | 178 | 39 | 19
Quỳnh Phụ | 205 | 47 | 28
Thái Thụy | 214 | 52 | 31
Tiền Hải | 163 | 35 | 18
Kiến Xương | 171 | 33 | 20
Vũ Thư | 152 | 30 | 16
Tổng cộng | 1.427 | 313 | 179
Ngoài ra, các địa phương cấp 245 dụng cụ trợ giúp khác (nạng, khung tập đi, máy trợ thính).

3. Phục hồi chức năng
Trung tâm Phục hồi chức năng tỉnh đã khám, tư vấn cho 3.850 lượt người khuyết tật; lắp mới, sửa chữa 312 chân tay giả, nẹp chỉnh hình. Tỷ lệ người khuyết tật có nhu cầu được tiếp cận dịch vụ phục hồi chức năng đạt 72,5%, thấp hơn 2,5% so với chỉ tiêu.

II. NHIỆM VỤ NĂM 2024
Phấn đấu cấp, trao tặng khoảng 2.300 phương tiện trợ giúp; 75% người khuyết tật có nhu cầu được tiếp cận dịch vụ phục hồi chức năng.

Nơi nhận:
- Bộ LĐ-TB&XH (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
"""

ASOF = P("Tính đến ngày 30/11/2023", None, "2023-11-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("NHIỆM VỤ NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
COLS = ["xe lăn", "xe lắc", "chân tay giả"]
ROWS = [("TP Thái Bình", "Thái Bình", [148, 36, 22]), ("Hưng Hà", "Hưng Hà", [196, 41, 25]),
        ("Đông Hưng", "Đông Hưng", [178, 39, 19]), ("Quỳnh Phụ", "Quỳnh Phụ", [205, 47, 28]),
        ("Thái Thụy", "Thái Thụy", [214, 52, 31]), ("Tiền Hải", "Tiền Hải", [163, 35, 18]),
        ("Kiến Xương", "Kiến Xương", [171, 33, 20]), ("Vũ Thư", "Vũ Thư", [152, 30, 16]),
        ("Tổng cộng", "Thái Bình", [1427, 313, 179])]


def fmt(n):
    return f"{n:,}".replace(",", ".")


def table():
    out = []
    for label, loc, vals in ROWS:
        prev = label
        for col, v in zip(COLS, vals):
            subj = f"{col} cấp, trao tặng" + (" tổng cộng" if label == "Tổng cộng" else "")
            out.append(F(f"{prev} | {fmt(v)}", fmt(v), v, "count", "chiếc", subject=subj, period=I(Y23),
                         location=loc))
            prev = fmt(v)
    return out


FIGS = [
    F("có 42.516 người", "42.516", 42516, "count", "người khuyết tật", subject="người khuyết tật", period=ASOF),
    F("11.208 người", "11.208", 11208, "count", "người khuyết tật", total=42516,
      subject="người khuyết tật vận động", period=ASOF),
    F("Có 28.947 người", "28.947", 28947, "count", "người khuyết tật", percent=68.1,
      subject="người khuyết tật đang hưởng trợ cấp xã hội hằng tháng", period=I(ASOF)),
    F("trao tặng 2.164 phương tiện", "2.164", 2164, "count", "phương tiện trợ giúp, dụng cụ chỉnh hình",
      percent=108.2, change=C("increase", 236, "chiếc", "năm 2022"),
      subject="phương tiện trợ giúp, dụng cụ chỉnh hình cấp, trao tặng", period=Y23),
    F("ước 6,9 tỷ", "6,9", 6900000000, "money", "đồng", status="estimate",
      subject="tổng kinh phí thực hiện", period=I(Y23)),
    F("ngân sách tỉnh 2,4 tỷ", "2,4", 2400000000, "money", "đồng", total=6900000000, status="estimate",
      subject="kinh phí thực hiện từ ngân sách tỉnh", period=I(Y23)),
] + table() + [
    F("cấp 245 dụng cụ", "245", 245, "count", "dụng cụ trợ giúp",
      subject="dụng cụ trợ giúp khác (nạng, khung tập đi, máy trợ thính) cấp", period=I(Y23)),
    F("cho 3.850 lượt", "3.850", 3850, "count", "lượt người khuyết tật",
      subject="lượt người khuyết tật được khám, tư vấn tại Trung tâm Phục hồi chức năng tỉnh", period=I(Y23)),
    F("sửa chữa 312 chân", "312", 312, "count", "chân tay giả, nẹp chỉnh hình",
      subject="chân tay giả, nẹp chỉnh hình lắp mới, sửa chữa", period=I(Y23)),
    F("đạt 72,5%", "72,5", 72.5, "percent", "%", change=C("decrease", 2.5, "%", "chỉ tiêu"),
      subject="tỷ lệ người khuyết tật có nhu cầu được tiếp cận dịch vụ phục hồi chức năng", period=I(Y23)),
    F("khoảng 2.300 phương tiện", "2.300", 2300, "count", "phương tiện trợ giúp", approx="about", status="target",
      subject="phương tiện trợ giúp cấp, trao tặng", period=Y24),
    F("; 75% người", "75", 75, "percent", "%", status="target",
      subject="tỷ lệ người khuyết tật có nhu cầu được tiếp cận dịch vụ phục hồi chức năng", period=Y24),
]

NOTES = [
    "Formal report: 'UBND TỈNH THÁI BÌNH', 'Số: 318/BC-UBND', 'Thái Bình, ngày 22 tháng 12 năm 2023' (published), 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: chiếc', rows are districts (-> location; 'TP Thái Bình' and 'Tổng cộng' -> Thái Bình),",
    "subject = column label + caption verb; period 'Năm 2023' of section 2 inherited (first sentence of the section). Cells: no totals.",
    "'chiếm 68,1% tổng số người khuyết tật' -> percent 68.1, no total (the cue names the whole without a number).",
    "'bằng 108,2% kế hoạch' -> percent; 'tăng 236 chiếc so với năm 2022' -> change. 'ước 6,9 tỷ' governs 'trong đó ngân sách tỉnh 2,4 tỷ' (estimate, total).",
    "'thấp hơn 2,5% so với chỉ tiêu' -> change (decrease, baseline chỉ tiêu). Section II targets inherit 'NHIỆM VỤ NĂM 2024' from the heading.",
    "Distractors: 'Số: 318/BC-UBND', section numbers I./II./1.-3., 'b/c', 'KGVX'.",
]

if __name__ == "__main__":
    write("p1206-3", TEXT, NOTES, FIGS, published="2023-12-22", location="Thái Bình")
