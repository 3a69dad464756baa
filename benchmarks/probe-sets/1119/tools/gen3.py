"""p1119-3: formal report (UBND tỉnh Quảng Nam), special-use forest patrols and snares 2023, flattened | table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH QUẢNG NAM
Số: 38/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Nam, ngày 19 tháng 01 năm 2024

BÁO CÁO
Kết quả tuần tra, bảo vệ rừng đặc dụng và tháo gỡ bẫy thú năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Tuần tra, bảo vệ rừng
Năm 2023, các ban quản lý rừng đặc dụng trên địa bàn tỉnh đã tổ chức 1.536 chuyến tuần tra, đạt 106,3% kế hoạch, với 8.215 ngày công và khoảng 21.400 km đường tuần tra. Lực lượng tham gia gồm 142 cán bộ, viên chức và 38 tổ tuần tra cộng đồng (312 thành viên).

2. Tháo gỡ bẫy thú
Tổng số bẫy phát hiện, tháo gỡ là 9.126 cái, giảm 14,2% so với năm 2022, cụ thể:
Đơn vị tính: cái
Đơn vị | Bẫy dây cáp | Bẫy khác | Cộng
VQG Sông Thanh | 3.214 | 618 | 3.832
KBT Sao La | 2.580 | 402 | 2.982
KBTTN Ngọc Linh | 1.106 | 235 | 1.341
KBT loài và sinh cảnh Voi | 790 | 181 | 971
Tổng cộng | 7.690 | 1.436 | 9.126

3. Cứu hộ động vật, xử lý vi phạm
Các đơn vị đã cứu hộ 27 cá thể động vật hoang dã, trong đó 4 cá thể thuộc nhóm IB; tái thả 21 cá thể về môi trường tự nhiên. Phát hiện 64 vụ vi phạm, đã xử lý 58/64 vụ (đạt 90,6%), tịch thu 9 khẩu súng săn tự chế, 13 máy cưa xăng; phạt tiền 517,5 triệu đồng.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu 100% bẫy phát hiện được tháo gỡ, tiêu hủy; giảm ít nhất 10% số vụ vi phạm so với năm 2023; duy trì 38 tổ tuần tra cộng đồng với mức hỗ trợ 4 triệu đồng/tổ/tháng.

Nơi nhận:
- Bộ NN&PTNT (b/c);
- Cục Kiểm lâm;
- Lưu: VT, KTN.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("PHƯƠNG HƯỚNG NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
COLS = {"Bẫy dây cáp": "bẫy dây cáp", "Bẫy khác": "bẫy khác", "Cộng": "tổng số bẫy"}


def cell(anchor, number, value, row, col):
    return F(anchor, number, value, "count", "cái", subject=f"{COLS[col]} {row}", period=I(Y23))


FIGS = [
    F("tổ chức 1.536 chuyến", "1.536", 1536, "count", "chuyến tuần tra", percent=106.3,
      subject="chuyến tuần tra của các ban quản lý rừng đặc dụng", period=Y23),
    F("với 8.215 ngày công", "8.215", 8215, "measure", "ngày công", subject="ngày công tuần tra", period=Y23),
    F("khoảng 21.400 km", "21.400", 21400, "measure", "km", approx="about",
      subject="quãng đường tuần tra", period=Y23),
    F("gồm 142 cán bộ", "142", 142, "count", "cán bộ, viên chức",
      subject="cán bộ, viên chức tham gia tuần tra", period=I(Y23)),
    F("và 38 tổ", "38", 38, "count", "tổ tuần tra cộng đồng",
      subject="tổ tuần tra cộng đồng tham gia tuần tra", period=I(Y23)),
    F("(312 thành viên)", "312", 312, "count", "thành viên",
      subject="thành viên tổ tuần tra cộng đồng", period=I(Y23)),
    F("là 9.126 cái", "9.126", 9126, "count", "cái", change=C("decrease", 14.2, "%", "năm 2022"),
      subject="bẫy phát hiện, tháo gỡ", period=I(Y23)),
    cell("Sông Thanh | 3.214", "3.214", 3214, "VQG Sông Thanh", "Bẫy dây cáp"),
    cell("3.214 | 618", "618", 618, "VQG Sông Thanh", "Bẫy khác"),
    cell("618 | 3.832", "3.832", 3832, "VQG Sông Thanh", "Cộng"),
    cell("Sao La | 2.580", "2.580", 2580, "KBT Sao La", "Bẫy dây cáp"),
    cell("2.580 | 402", "402", 402, "KBT Sao La", "Bẫy khác"),
    cell("402 | 2.982", "2.982", 2982, "KBT Sao La", "Cộng"),
    cell("Ngọc Linh | 1.106", "1.106", 1106, "KBTTN Ngọc Linh", "Bẫy dây cáp"),
    cell("1.106 | 235", "235", 235, "KBTTN Ngọc Linh", "Bẫy khác"),
    cell("235 | 1.341", "1.341", 1341, "KBTTN Ngọc Linh", "Cộng"),
    cell("Voi | 790", "790", 790, "KBT loài và sinh cảnh Voi", "Bẫy dây cáp"),
    cell("790 | 181", "181", 181, "KBT loài và sinh cảnh Voi", "Bẫy khác"),
    cell("181 | 971", "971", 971, "KBT loài và sinh cảnh Voi", "Cộng"),
    cell("Tổng cộng | 7.690", "7.690", 7690, "tổng cộng", "Bẫy dây cáp"),
    cell("7.690 | 1.436", "1.436", 1436, "tổng cộng", "Bẫy khác"),
    cell("1.436 | 9.126", "9.126", 9126, "tổng cộng", "Cộng"),
    F("cứu hộ 27 cá thể", "27", 27, "count", "cá thể", subject="động vật hoang dã được cứu hộ", period=I(Y23)),
    F("4 cá thể thuộc", "4", 4, "count", "cá thể", total=27,
      subject="cá thể động vật cứu hộ thuộc nhóm IB", period=I(Y23)),
    F("tái thả 21 cá thể", "21", 21, "count", "cá thể",
      subject="cá thể tái thả về môi trường tự nhiên", period=I(Y23)),
    F("Phát hiện 64 vụ", "64", 64, "count", "vụ vi phạm", subject="vụ vi phạm phát hiện", period=I(Y23)),
    F("xử lý 58/64 vụ", "58", 58, "count", "vụ", total=64, percent=90.6,
      subject="vụ vi phạm đã xử lý", period=I(Y23)),
    F("tịch thu 9 khẩu", "9", 9, "count", "khẩu súng", subject="súng săn tự chế tịch thu", period=I(Y23)),
    F("13 máy cưa", "13", 13, "count", "máy cưa xăng", subject="máy cưa xăng tịch thu", period=I(Y23)),
    F("517,5 triệu", "517,5", 517500000, "money", "đồng", subject="tiền phạt", period=I(Y23)),
    F("Phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ bẫy phát hiện được tháo gỡ, tiêu hủy", period=Y24),
    F("ít nhất 10%", "10", 10, "percent", "%", approx="at_least", status="target",
      subject="mức giảm số vụ vi phạm so với năm 2023", period=Y24),
    F("duy trì 38 tổ", "38", 38, "count", "tổ tuần tra cộng đồng", status="target",
      subject="tổ tuần tra cộng đồng duy trì", period=Y24),
    F("hỗ trợ 4 triệu", "4", 4000000, "money", "đồng/tổ/tháng", status="target",
      subject="mức hỗ trợ tổ tuần tra cộng đồng", period=Y24),
]

NOTES = [
    "Formal report under a letterhead: 'UBND TỈNH QUẢNG NAM', 'Số: 38/BC-UBND', 'Quảng Nam, ngày 19 tháng 01 năm 2024', sections, 'Nơi nhận'.",
    "Distractors: document number 38/BC-UBND, date line, section numbers I./II./1.-3., 'nhóm IB' (a legal species group), 'Lưu: VT, KTN'.",
    "Flattened '|' table ('Đơn vị tính: cái'): rows are protected areas (not places: location stays Quảng Nam), columns trap types;",
    "cell subject = column label + row label; period 'Năm 2023' from section 1 / the title (inherited). Cells get no totals.",
    "'đạt 106,3% kế hoạch' is the share of 1.536 chuyến. '58/64 vụ (đạt 90,6%)': total 64 and percent 90.6; '64 vụ' itself is a figure.",
    "'4 cá thể thuộc nhóm IB' follows 'trong đó' after 27: total 27. 21 tái thả has no total cue.",
    "Section II 'PHƯƠNG HƯỚNG NĂM 2024' + 'Phấn đấu' continuing after ';' → target, period from the heading (inherited).",
    "Unit of 9.126 is 'cái' as written (and the table's 'Đơn vị tính: cái').",
]

if __name__ == "__main__":
    write("p1119-3", TEXT, NOTES, FIGS, published="2024-01-19", location="Quảng Nam")
