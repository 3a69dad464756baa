"""p537-3: formal report under letterhead (UBND tỉnh Bình Định) — mineral licences, output table, revenue 2023, tasks 2024."""
from lib import F, P, I, CH, emit

TEXT = """ỦY BAN NHÂN DÂN
TỈNH BÌNH ĐỊNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 27/BC-UBND
Bình Định, ngày 22 tháng 01 năm 2024

BÁO CÁO
Kết quả công tác quản lý nhà nước về tài nguyên khoáng sản năm 2023

I. TÌNH HÌNH CẤP PHÉP
Tính đến ngày 31/12/2023, trên địa bàn tỉnh có 96 giấy phép khai thác khoáng sản còn hiệu lực, gồm: 41 giấy phép đá xây dựng, 32 giấy phép cát, sỏi lòng sông và 23 giấy phép đất san lấp. Trong năm 2023, UBND tỉnh cấp mới 12 giấy phép, gia hạn 5 giấy phép và thu hồi 3 giấy phép do vi phạm.

Bảng 1. Công suất và sản lượng theo loại khoáng sản
Loại khoáng sản | Công suất cấp phép (m³/năm) | Sản lượng năm 2023 (m³) | Tỷ lệ so công suất (%)
Đá xây dựng | 4.820.000 | 3.615.400 | 75,0
Cát, sỏi lòng sông | 1.360.000 | 872.900 | 64,2
Đất san lấp | 2.150.000 | 1.598.300 | 74,3

II. THU NGÂN SÁCH TỪ KHOÁNG SẢN
Năm 2023, tổng thu từ hoạt động khoáng sản đạt 214,6 tỷ đồng, bằng 103,2% dự toán, giảm 6,8% so với năm 2022. Trong đó, tiền cấp quyền khai thác khoáng sản 87,3 tỷ đồng; thuế tài nguyên 79,1 tỷ đồng; phí bảo vệ môi trường 48,2 tỷ đồng.

III. NHIỆM VỤ NĂM 2024
Phấn đấu thu ngân sách từ khoáng sản năm 2024 đạt 230 tỷ đồng; hoàn thành đấu giá 15 khu vực mỏ, trong đó 9 khu vực cát lòng sông.

Nơi nhận:
- Bộ Tài nguyên và Môi trường;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, K13.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Tính đến ngày 31/12/2023", None, "2023-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 96 giấy phép", "96", 96, "count", "giấy phép",
      subject="giấy phép khai thác khoáng sản còn hiệu lực", period=ASOF),
    F("gồm: 41 giấy phép", "41", 41, "count", "giấy phép", total=96,
      subject="giấy phép đá xây dựng", period=ASOF),
    F("dựng, 32 giấy phép", "32", 32, "count", "giấy phép", total=96,
      subject="giấy phép cát, sỏi lòng sông", period=ASOF),
    F("và 23 giấy phép", "23", 23, "count", "giấy phép", total=96,
      subject="giấy phép đất san lấp", period=ASOF),
    F("mới 12 giấy phép", "12", 12, "count", "giấy phép", subject="giấy phép cấp mới",
      period=P("Trong năm 2023", "2023-01-01", "2023-12-31")),
    F("hạn 5 giấy phép", "5", 5, "count", "giấy phép", subject="giấy phép gia hạn",
      period=P("Trong năm 2023", "2023-01-01", "2023-12-31")),
    F("hồi 3 giấy phép", "3", 3, "count", "giấy phép", subject="giấy phép thu hồi do vi phạm",
      period=P("Trong năm 2023", "2023-01-01", "2023-12-31")),
    # table
    F("| 4.820.000", "4.820.000", 4820000, "measure", "m³/năm", subject="Công suất cấp phép đá xây dựng"),
    F("| 3.615.400", "3.615.400", 3615400, "measure", "m³", subject="Sản lượng đá xây dựng năm 2023", period=Y23),
    F("| 75,0", "75,0", 75, "percent", "%", subject="Tỷ lệ sản lượng so công suất đá xây dựng", period=I(Y23)),
    F("| 1.360.000", "1.360.000", 1360000, "measure", "m³/năm", subject="Công suất cấp phép cát, sỏi lòng sông"),
    F("| 872.900", "872.900", 872900, "measure", "m³", subject="Sản lượng cát, sỏi lòng sông năm 2023", period=Y23),
    F("| 64,2", "64,2", 64.2, "percent", "%", subject="Tỷ lệ sản lượng so công suất cát, sỏi lòng sông", period=I(Y23)),
    F("| 2.150.000", "2.150.000", 2150000, "measure", "m³/năm", subject="Công suất cấp phép đất san lấp"),
    F("| 1.598.300", "1.598.300", 1598300, "measure", "m³", subject="Sản lượng đất san lấp năm 2023", period=Y23),
    F("| 74,3", "74,3", 74.3, "percent", "%", subject="Tỷ lệ sản lượng so công suất đất san lấp", period=I(Y23)),
    # revenue
    F("đạt 214,6 tỷ đồng", "214,6", 214600000000, "money", "đồng", percent=103.2,
      change=CH("decrease", 6.8, baseline="năm 2022"),
      subject="tổng thu từ hoạt động khoáng sản", period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("sản 87,3 tỷ đồng", "87,3", 87300000000, "money", "đồng", total=214600000000,
      subject="tiền cấp quyền khai thác khoáng sản", period=I(Y23)),
    F("nguyên 79,1 tỷ đồng", "79,1", 79100000000, "money", "đồng", total=214600000000,
      subject="thuế tài nguyên", period=I(Y23)),
    F("trường 48,2 tỷ đồng", "48,2", 48200000000, "money", "đồng", total=214600000000,
      subject="phí bảo vệ môi trường", period=I(Y23)),
    # tasks 2024
    F("đạt 230 tỷ đồng", "230", 230000000000, "money", "đồng", status="target",
      subject="thu ngân sách từ khoáng sản", period=Y24),
    F("đấu giá 15 khu vực", "15", 15, "count", "khu vực mỏ", status="target",
      subject="khu vực mỏ hoàn thành đấu giá", period=Y24),
    F("đó 9 khu vực", "9", 9, "count", "khu vực", total=15, status="target",
      subject="khu vực cát lòng sông hoàn thành đấu giá", period=Y24),
]

COMMENTS = [
    "Formal report Số: 27/BC-UBND of UBND tỉnh Bình Định (letterhead, place-and-date line 22/01/2024): mineral licences, output, revenue 2023.",
    "Licence breakdown after 'gồm:' adds up to 96 -> total 96. Revenue parts after 'Trong đó' (sentence break) add up to 214,6 tỷ -> total.",
    "Flattened '|' table (Bảng 1): every numeric cell is a figure; subject = column + row label; unit from the column header;",
    "'Sản lượng năm 2023' column gives a stated period; the capacity column has none; the percent column takes 2023 from the title (inherited).",
    "'bằng 103,2% dự toán' -> percent of 214,6 tỷ; 'Phấn đấu ... ; hoàn thành đấu giá 15 khu vực mỏ, trong đó 9' -> target continues.",
    "Not figures: Số: 27/BC-UBND, the date line, section numbers I./II./III., 'Bảng 1', 'K13' in the Lưu line.",
]

if __name__ == "__main__":
    emit("p537-3", TEXT, COMMENTS, FIGS, published="2024-01-22", location="Bình Định")
