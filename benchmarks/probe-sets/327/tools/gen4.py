from lib import *

text = """UBND TỈNH BẮC GIANG
SỞ KHOA HỌC VÀ CÔNG NGHỆ
Số: 215/BC-SKHCN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Giang, ngày 10 tháng 10 năm 2024

BÁO CÁO
Kết quả thực hiện Chương trình phát triển tài sản trí tuệ tỉnh Bắc Giang giai đoạn 2021-2025

I. KẾT QUẢ THỰC HIỆN
1. Hỗ trợ xác lập quyền sở hữu trí tuệ
Từ năm 2021 đến nay, Chương trình đã hỗ trợ 58 tổ chức, cá nhân đăng ký bảo hộ, trong đó có 31 hợp tác xã; tổng kinh phí hỗ trợ 4,72 tỷ đồng, trong đó ngân sách tỉnh 3,9 tỷ đồng, chiếm 82,6%.
Số văn bằng được cấp cho tổ chức, cá nhân trong tỉnh theo năm (Đơn vị tính: văn bằng):
Năm | Nhãn hiệu | Nhãn hiệu tập thể | Nhãn hiệu chứng nhận | Chỉ dẫn địa lý
2021 | 96 | 5 | 1 | 0
2022 | 118 | 7 | 2 | 1
2023 | 135 | 9 | 1 | 0
9 tháng năm 2024 | 102 | 6 | 3 | 1

2. Phát triển nhãn hiệu tập thể, chỉ dẫn địa lý
Đến 30/9/2024, tỉnh có 27 nhãn hiệu tập thể, 4 nhãn hiệu chứng nhận và 2 chỉ dẫn địa lý (Vải thiều Lục Ngạn, Gà đồi Yên Thế). Sản lượng vải thiều năm 2024 ước đạt 95.000 tấn, trong đó xuất khẩu khoảng 32.000 tấn, tăng 18% so với năm 2023.

II. PHƯƠNG HƯỚNG QUÝ IV/2024
Phấn đấu hỗ trợ thêm 12 đối tượng đăng ký bảo hộ, nâng tổng số nhãn hiệu tập thể lên 30 nhãn hiệu, hoàn thành 100% chỉ tiêu của Chương trình giai đoạn 2021-2025.

Nơi nhận:
- UBND tỉnh (b/c);
- Cục Sở hữu trí tuệ;
- Lưu: VT, QLCN.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
"""

SINCE = per("Từ năm 2021 đến nay", "2021-01-01", "2024-10-10")
SINCEi = dict(SINCE, inherited=True)
cols = ["Nhãn hiệu", "Nhãn hiệu tập thể", "Nhãn hiệu chứng nhận", "Chỉ dẫn địa lý"]
units = ["nhãn hiệu", "nhãn hiệu tập thể", "nhãn hiệu chứng nhận", "chỉ dẫn địa lý"]
rows = {
    "2021": ["96", "5", "1", "0"],
    "2022": ["118", "7", "2", "1"],
    "2023": ["135", "9", "1", "0"],
    "9 tháng năm 2024": ["102", "6", "3", "1"],
}
figs = [
    F("hỗ trợ «58» tổ chức", "count", 58, "tổ chức, cá nhân", "tổ chức, cá nhân được hỗ trợ đăng ký bảo hộ", period=SINCE),
    F("có «31» hợp tác xã", "count", 31, "hợp tác xã", "hợp tác xã được hỗ trợ đăng ký bảo hộ", total=58, period=SINCE),
    F("phí hỗ trợ «4,72» tỷ đồng", "money", 4.72e9, "đồng", "tổng kinh phí hỗ trợ", period=SINCE),
    F("tỉnh «3,9» tỷ đồng", "money", 3.9e9, "đồng", "kinh phí hỗ trợ từ ngân sách tỉnh", total=4.72e9, percent=82.6,
      period=SINCE),
]
for r, cells in rows.items():
    if r.startswith("9"):
        p = per(r, "2024-01-01", "2024-09-30")
    else:
        p = Y(int(r), r)
    line = r + " | " + " | ".join(cells)
    for i, c in enumerate(cells):
        pre = r + " | " + " | ".join(cells[:i]) + (" | " if i else "")
        anchor = pre + "«" + c + "»"
        if i < 3 and anchor.replace("«", "").replace("»", "") in ("",):
            pass
        figs.append(F(anchor + ("" if i == 3 else " |"), "count", int(c), "văn bằng",
                      f"văn bằng {cols[i]} được cấp", period=p))

Q = per("Đến 30/9/2024", None, "2024-09-30")
Q4 = per("QUÝ IV/2024", "2024-10-01", "2024-12-31", inh=True)
figs += [
    F("có «27» nhãn hiệu", "count", 27, "nhãn hiệu tập thể", "nhãn hiệu tập thể", period=Q),
    F("«4» nhãn hiệu chứng nhận", "count", 4, "nhãn hiệu chứng nhận", "nhãn hiệu chứng nhận", period=Q),
    F("«2» chỉ dẫn địa lý (", "count", 2, "chỉ dẫn địa lý", "chỉ dẫn địa lý", period=Q),
    F("ước đạt «95.000» tấn", "measure", 95000, "tấn", "sản lượng vải thiều", status="estimate",
      period=Y(2024)),
    F("khoảng «32.000» tấn", "measure", 32000, "tấn", "sản lượng vải thiều xuất khẩu", approx="about", total=95000,
      change=ch("increase", 18, "%", "năm 2023"), status="estimate", period=Y(2024)),
    F("thêm «12» đối tượng", "count", 12, "đối tượng", "đối tượng được hỗ trợ đăng ký bảo hộ", status="target",
      period=Q4),
    F("lên «30» nhãn hiệu", "count", 30, "nhãn hiệu", "tổng số nhãn hiệu tập thể", status="target", period=Q4),
    F("hoàn thành «100»%", "percent", 100, "%", "tỷ lệ hoàn thành chỉ tiêu của Chương trình", status="target",
      period=per("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
]

comments = [
    "Formal report of Sở KH&CN Bắc Giang (letterhead 'Số: 215/BC-SKHCN', place-and-date line 'Bắc Giang, ngày 10 tháng 10 năm 2024' = published): Chương trình phát triển tài sản trí tuệ 2021-2025.",
    "Flattened '|' table: rows are periods (2021, 2022, 2023, '9 tháng năm 2024'), columns kinds of title; unit from '(Đơn vị tính: văn bằng)'. Every numeric cell (zeros too)",
    "is a figure, subject = 'văn bằng' + column label, period from the row label on the same line (scored). Year row labels are not figures.",
    "'Từ năm 2021 đến nay' ends at the report date (2024-10-10). '31 hợp tác xã' after 'trong đó' is part of the 58 tổ chức, cá nhân (cooperatives are organisations);",
    "'ngân sách tỉnh 3,9 tỷ đồng, chiếm 82,6%' is part of 4,72 tỷ. '32.000 tấn' export after 'trong đó' is part of the 95.000 tấn; it continues the 'ước đạt' clause (estimate).",
    "The CDĐL names (Vải thiều Lục Ngạn, Gà đồi Yên Thế) are names: location stays Bắc Giang. Targets in section II inherit 'QUÝ IV/2024' from the heading; '100% chỉ tiêu … giai đoạn 2021-2025'.",
    "Distractors: 'Số: 215/BC-SKHCN', the date line, section numbers 'I.', '1.', '2.', 'II.', 'giai đoạn 2021-2025' in the title, 'Lưu: VT, QLCN'.",
]
build("p327-4", text, figs, comments, published="2024-10-10", location="Bắc Giang")
