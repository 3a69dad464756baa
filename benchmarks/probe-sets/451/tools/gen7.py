from lib import build, F, P, C, T

TEXT = """UBND HUYỆN LÝ SƠN - CỔNG THÔNG TIN ĐIỆN TỬ

Lý Sơn nâng cao hiệu quả quản lý đội tàu cá, chống khai thác IUU

Huyện đảo Lý Sơn hiện có 405 tàu cá với hơn 3.200 lao động thường xuyên bám biển; trong đó 179 tàu hoạt động vùng khơi, chủ yếu khai thác tại quần đảo Hoàng Sa và vùng biển xa.

Bảng: Đội tàu cá huyện Lý Sơn
Đơn vị tính: chiếc
Chỉ tiêu
Năm 2023
6 tháng đầu năm 2024
Tổng số tàu cá
412
405
Tàu dài từ 15 m trở lên
176
179
Tàu đã lắp thiết bị VMS
174
179
Tàu hết hạn đăng kiểm
23
11

Trong 6 tháng đầu năm 2024, tàu cá của huyện cập cảng Bến Đình và các cảng ngoài tỉnh đạt 1.860 lượt; sản lượng khai thác ước đạt 9.540 tấn, bằng 52,1% kế hoạch năm và tăng 4,6% so với cùng kỳ.

UBND huyện đã phối hợp với các xã An Vĩnh, An Hải và An Bình rà soát, cập nhật 100% tàu cá lên hệ thống VNFishbase. Đến ngày 30/6/2024, số tàu hết hạn đăng kiểm còn 11 chiếc, giảm 12 chiếc so với cuối năm 2023.

Về xử lý vi phạm, từ đầu năm đến nay Đồn Biên phòng Lý Sơn đã xử phạt 9 trường hợp, tổng số tiền 186 triệu đồng, chủ yếu là tàu cá không duy trì thiết bị giám sát hành trình khi hoạt động trên biển.

Năm 2024, huyện phấn đấu 100% tàu cá được cấp giấy phép khai thác thủy sản và không có tàu cá vi phạm vùng biển nước ngoài.

Cơ quan chủ quản: UBND huyện Lý Sơn. Địa chỉ: thôn Đông, xã An Vĩnh, huyện Lý Sơn, tỉnh Quảng Ngãi. Điện thoại: 0255.3867.207.
Số lượt truy cập: 325.614
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
AS = P("Đến ngày 30/6/2024", None, "2024-06-30")
YTD = P("từ đầu năm đến nay", "2024-01-01", None)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")


def cell(anchor, number, value, row, col):
    return F(anchor, number, value, "count", "chiếc", f"{row} {col}",
             period=Y23 if col == "năm 2023" else H1)


FIGS = [
    F("có 405 tàu cá", "405", 405, "count", "tàu cá", "tàu cá"),
    F("hơn 3.200 lao động", "3.200", 3200, "count", "lao động", "lao động thường xuyên bám biển", approx="over"),
    F("trong đó 179 tàu", "179", 179, "count", "tàu", "tàu hoạt động vùng khơi", total=405),
    cell("Tổng số tàu cá\n412", "412", 412, "Tổng số tàu cá", "năm 2023"),
    cell("412\n405", "405", 405, "Tổng số tàu cá", "6 tháng đầu năm 2024"),
    F("Tàu dài từ 15 m", "15", 15, "measure", "m", "chiều dài tàu", approx="at_least", optional=True),
    cell("lên\n176", "176", 176, "Tàu dài từ 15 m trở lên", "năm 2023"),
    cell("176\n179", "179", 179, "Tàu dài từ 15 m trở lên", "6 tháng đầu năm 2024"),
    cell("VMS\n174", "174", 174, "Tàu đã lắp thiết bị VMS", "năm 2023"),
    cell("174\n179", "179", 179, "Tàu đã lắp thiết bị VMS", "6 tháng đầu năm 2024"),
    cell("kiểm\n23", "23", 23, "Tàu hết hạn đăng kiểm", "năm 2023"),
    cell("23\n11", "11", 11, "Tàu hết hạn đăng kiểm", "6 tháng đầu năm 2024"),
    F("đạt 1.860 lượt", "1.860", 1860, "count", "lượt", "lượt tàu cá cập cảng", period=H1),
    F("ước đạt 9.540 tấn", "9.540", 9540, "measure", "tấn", "sản lượng khai thác", status="estimate",
      percent=52.1, change=C("increase", 4.6, "%", "cùng kỳ"), period=H1),
    F("cập nhật 100% tàu cá", "100", 100, "percent", "%", "tàu cá được rà soát, cập nhật lên hệ thống VNFishbase"),
    F("còn 11 chiếc", "11", 11, "count", "chiếc", "tàu hết hạn đăng kiểm",
      change=C("decrease", 12, "chiếc", "cuối năm 2023"), period=AS),
    F("xử phạt 9 trường hợp", "9", 9, "count", "trường hợp", "trường hợp bị xử phạt", period=YTD),
    F("số tiền 186 triệu đồng", "186", 186000000, "money", "đồng", "tổng số tiền xử phạt", period=YTD),
    F("phấn đấu 100% tàu cá", "100", 100, "percent", "%", "tàu cá được cấp giấy phép khai thác thủy sản",
      status="target", period=Y24),
]

COMMENTS = [
    "District portal (Cổng TTĐT huyện Lý Sơn, Quảng Ngãi); no dateline anywhere (published null); visitor counter 'Số lượt truy cập: 325.614' is furniture.",
    "Table written one cell per line with 'Đơn vị tính: chiếc'; columns 'Năm 2023' / '6 tháng đầu năm 2024' give each cell its period (scored, as in h23);",
    "subject = row label + column label; the row label bound '15 m' is optional. No totals for table cells.",
    "'Hiện có 405 tàu cá …; trong đó 179 tàu …' gives total 405; 'hơn 3.200' over. 'quần đảo Hoàng Sa' is the fishing ground, not the figure's place.",
    "'sản lượng khai thác ước đạt 9.540 tấn, bằng 52,1% kế hoạch năm và tăng 4,6% so với cùng kỳ': estimate with percent and change;",
    "1.860 lượt stands in the clause before the 'ước' and is actual. 'còn 11 chiếc, giảm 12 chiếc so với cuối năm 2023': change in chiếc.",
    "'từ đầu năm đến nay' without a dateline: start 2024-01-01 (year of the nearest earlier period), end null per FIGURES.md.",
    "Commune names (An Vĩnh, An Hải, An Bình) are not the figures' place; location stays the district. Distractors: address, phone, 'Đồn Biên phòng Lý Sơn'.",
]

build("p451-7", TEXT, FIGS, COMMENTS, "Lý Sơn")
