import sys
from lib import F, P, I, CH, T, emit

TEXT = """UBND TỈNH ĐỒNG THÁP
Số: 285/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Tháp, ngày 07 tháng 10 năm 2024

BÁO CÁO
Kết quả sản xuất nông nghiệp đạt chứng nhận VietGAP, GlobalGAP, hữu cơ 9 tháng năm 2024

Thực hiện Công văn số 6142/BNN-TT ngày 28/8/2024 của Bộ Nông nghiệp và PTNT, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Diện tích được chứng nhận
Tính đến ngày 30/9/2024, toàn tỉnh có 9.846,5 ha sản xuất đạt chứng nhận VietGAP, GlobalGAP và hữu cơ, đạt 89,5% kế hoạch năm, tăng 12,3% so với cùng kỳ. Cụ thể:

Bảng 1. Diện tích và giấy chứng nhận theo nhóm cây trồng
Nhóm cây trồng | VietGAP (ha) | GlobalGAP (ha) | Hữu cơ (ha) | Số giấy chứng nhận
Lúa | 6.120 | 0 | 215,6 | 48
Xoài | 1.482,3 | 386 | 12 | 57
Cây có múi | 905 | 48,5 | 0 | 31
Rau màu | 613,1 | 6 | 58 | 26

Diện tích lúa hữu cơ tập trung tại các huyện Tháp Mười (96,4 ha), Tam Nông (72 ha) và Cao Lãnh (47,2 ha).

2. Cấp và duy trì giấy chứng nhận
9 tháng năm 2024, các tổ chức chứng nhận đã cấp mới 162 giấy chứng nhận, trong đó 118 giấy VietGAP, 29 giấy GlobalGAP và 15 giấy hữu cơ; có 47 giấy chứng nhận hết hạn, trong đó 21 giấy đã được tái cấp.

Toàn tỉnh có 64 hợp tác xã, 112 tổ hợp tác và 9 doanh nghiệp tham gia liên kết sản xuất theo chứng nhận; 100% vùng sản xuất được chứng nhận đã có mã số vùng trồng.

3. Kinh phí hỗ trợ
Ngân sách tỉnh đã hỗ trợ 7,42 tỷ đồng chi phí chứng nhận, bình quân 3,8 triệu đồng/ha; ước cả năm 2024 giải ngân khoảng 9,5 tỷ đồng.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu đến cuối năm 2024 đạt 11.000 ha sản xuất có chứng nhận; hoàn thành cấp mã số vùng trồng cho 1.200 ha xoài xuất khẩu.

Nơi nhận:
- Bộ NN&PTNT;
- TT.TU, TT.HĐND tỉnh;
- Lưu: VT, KT.
"""

ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
END24 = P("đến cuối năm 2024", None, "2024-12-31")

def cell(anchor, number, value, row, col, unit="ha"):
    kind = "count" if unit == "giấy chứng nhận" else "measure"
    return F(anchor, number, value, kind, unit, f"{col} {row}", I(ASOF))

FIGS = [
    F("có 9.846,5 ha", "9.846,5", 9846.5, "measure", "ha", "diện tích sản xuất đạt chứng nhận VietGAP, GlobalGAP và hữu cơ", ASOF,
      percent=89.5, change=CH("increase", 12.3, "%", "cùng kỳ")),
    cell("Lúa | 6.120", "6.120", 6120, "lúa", "diện tích VietGAP"),
    cell("6.120 | 0 |", "0", 0, "lúa", "diện tích GlobalGAP"),
    cell("| 215,6", "215,6", 215.6, "lúa", "diện tích hữu cơ"),
    cell("215,6 | 48", "48", 48, "lúa", "số giấy chứng nhận", "giấy chứng nhận"),
    cell("Xoài | 1.482,3", "1.482,3", 1482.3, "xoài", "diện tích VietGAP"),
    cell("| 386 |", "386", 386, "xoài", "diện tích GlobalGAP"),
    cell("386 | 12 |", "12", 12, "xoài", "diện tích hữu cơ"),
    cell("| 57", "57", 57, "xoài", "số giấy chứng nhận", "giấy chứng nhận"),
    cell("Cây có múi | 905", "905", 905, "cây có múi", "diện tích VietGAP"),
    cell("| 48,5 |", "48,5", 48.5, "cây có múi", "diện tích GlobalGAP"),
    cell("48,5 | 0 |", "0", 0, "cây có múi", "diện tích hữu cơ"),
    cell("| 31", "31", 31, "cây có múi", "số giấy chứng nhận", "giấy chứng nhận"),
    cell("Rau màu | 613,1", "613,1", 613.1, "rau màu", "diện tích VietGAP"),
    cell("| 6 |", "6", 6, "rau màu", "diện tích GlobalGAP"),
    cell("| 58 |", "58", 58, "rau màu", "diện tích hữu cơ"),
    cell("| 26", "26", 26, "rau màu", "số giấy chứng nhận", "giấy chứng nhận"),
    F("Tháp Mười (96,4 ha)", "96,4", 96.4, "measure", "ha", "diện tích lúa hữu cơ", location="Tháp Mười"),
    F("Tam Nông (72 ha)", "72", 72, "measure", "ha", "diện tích lúa hữu cơ", location="Tam Nông"),
    F("Cao Lãnh (47,2 ha)", "47,2", 47.2, "measure", "ha", "diện tích lúa hữu cơ", location="Cao Lãnh"),
    F("cấp mới 162 giấy", "162", 162, "count", "giấy chứng nhận", "giấy chứng nhận cấp mới", M9),
    F("118 giấy VietGAP", "118", 118, "count", "giấy", "giấy VietGAP cấp mới", M9, total=162),
    F("29 giấy GlobalGAP", "29", 29, "count", "giấy", "giấy GlobalGAP cấp mới", M9, total=162),
    F("15 giấy hữu cơ", "15", 15, "count", "giấy", "giấy hữu cơ cấp mới", M9, total=162),
    F("có 47 giấy", "47", 47, "count", "giấy chứng nhận", "giấy chứng nhận hết hạn", M9),
    F("21 giấy đã", "21", 21, "count", "giấy", "giấy chứng nhận hết hạn đã được tái cấp", M9, total=47),
    F("có 64 hợp tác xã", "64", 64, "count", "hợp tác xã", "hợp tác xã tham gia liên kết sản xuất theo chứng nhận"),
    F("112 tổ hợp tác", "112", 112, "count", "tổ hợp tác", "tổ hợp tác tham gia liên kết sản xuất theo chứng nhận"),
    F("và 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", "doanh nghiệp tham gia liên kết sản xuất theo chứng nhận"),
    F("100% vùng", "100", 100, "percent", "%", "vùng sản xuất được chứng nhận đã có mã số vùng trồng"),
    F("hỗ trợ 7,42 tỷ", "7,42", 7420000000, "money", "đồng", "ngân sách tỉnh hỗ trợ chi phí chứng nhận", I(M9)),
    F("bình quân 3,8 triệu", "3,8", 3800000, "money", "đồng/ha", "ngân sách tỉnh hỗ trợ chi phí chứng nhận bình quân", I(M9)),
    F("khoảng 9,5 tỷ", "9,5", 9500000000, "money", "đồng", "kinh phí hỗ trợ chứng nhận giải ngân cả năm", Y24,
      approx="about", status="estimate"),
    F("đạt 11.000 ha", "11.000", 11000, "measure", "ha", "diện tích sản xuất có chứng nhận", END24, status="target"),
    F("cho 1.200 ha", "1.200", 1200, "measure", "ha", "diện tích xoài xuất khẩu được cấp mã số vùng trồng", END24, status="target"),
]

COMMENTS = [
    "Formal report (invented): UBND tỉnh Đồng Tháp, Số: 285/BC-UBND, 'Đồng Tháp, ngày 07 tháng 10 năm 2024' — certified area 9 tháng 2024,",
    "flattened '|' table by crop group (VietGAP ha | GlobalGAP ha | Hữu cơ ha | Số giấy chứng nhận), certificates, support, Q4 tasks.",
    "Table cells: every numeric cell incl. zeros; subject = column + row; unit from the column header; period inherited from the",
    "as-of sentence before the table (the table title has no period), so unscored. Cells add up to 9.846,5 ha and 162 certificates.",
    "Công văn 6142/BNN-TT, 'Bảng 1', section numbers I./1./2./3./II., 'quý IV/2024' heading are not figures.",
    "'đạt 89,5% kế hoạch năm' -> percent; the second share-like 'tăng 12,3% so với cùng kỳ' -> change. 'trong đó' parts take the whole before the cue",
    "(118/29/15 -> 162; 21 -> 47 after '; có 47 … trong đó'). 'Phấn đấu' continues over the ';' into 'hoàn thành … 1.200 ha' (target).",
]

if __name__ == "__main__":
    emit("p656-3", TEXT, COMMENTS, FIGS, published="2024-10-07", location="Đồng Tháp", show="-v" in sys.argv)
