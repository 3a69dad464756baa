"""p813-3: formal report, UBND tỉnh Lâm Đồng, water-surface tourism on lakes, 9 months 2024, flattened '|' table."""
from lib import F, period, inherit, change, write

TEXT = """UBND TỈNH LÂM ĐỒNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Lâm Đồng, ngày 08 tháng 10 năm 2024

BÁO CÁO
Tình hình kinh doanh dịch vụ du lịch trên mặt nước các hồ 9 tháng năm 2024

Thực hiện Công văn số 1612/BVHTTDL-DLQG ngày 02/5/2024 của Bộ Văn hóa, Thể thao và Du lịch, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Phương tiện và lượt khách
Tính đến 30/9/2024, toàn tỉnh có 9 hồ được khai thác dịch vụ du lịch mặt nước với 196 phương tiện được cấp phép, trong đó 182 phương tiện tại 4 hồ chính:
Đơn vị tính: phương tiện, lượt khách
Hồ | Địa bàn | Thuyền, ca nô | Kayak, SUP | Lượt khách 9 tháng
Xuân Hương | Đà Lạt | 38 | 46 | 212.500
Tuyền Lâm | Đà Lạt | 41 | 22 | 186.300
Đan Kia | Lạc Dương | 9 | 12 | 41.700
Nam Phương | Di Linh | 6 | 8 | 18.900
Cộng | | 94 | 88 | 459.400
Tổng lượt khách sử dụng dịch vụ trên mặt hồ 9 tháng ước đạt 512.000 lượt, tăng 14,2% so với cùng kỳ; doanh thu ước đạt 96,5 tỷ đồng. Giá thuê thuyền đạp vịt trên hồ Xuân Hương từ 80.000 đến 120.000 đồng/lượt.

2. Công tác bảo đảm an toàn
Các cơ quan chức năng đã kiểm tra 63 lượt tổ chức, cá nhân kinh doanh dịch vụ, xử phạt 11 trường hợp với số tiền 57,5 triệu đồng; đình chỉ hoạt động 4 phương tiện không đủ điều kiện. Trong 9 tháng không xảy ra tai nạn đuối nước tại các điểm du lịch hồ.

II. PHƯƠNG HƯỚNG QUÝ IV/2024
Phấn đấu cả năm 2024 đón 680.000 lượt khách sử dụng dịch vụ mặt nước; dự kiến cấp phép thêm 15 phương tiện kayak, SUP tại hồ Tuyền Lâm.

Nơi nhận:
- Bộ VHTTDL;
- Lưu: VT, VX.
"""

ASOF = period("Tính đến 30/9/2024", None, "2024-09-30")
M9 = period("9 tháng", "2024-01-01", "2024-09-30")
REPORT = period("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
Y24 = period("cả năm 2024", "2024-01-01", "2024-12-31")
Q4 = period("QUÝ IV/2024", "2024-10-01", "2024-12-31", inherited=True)


def row(lake, place, boats, kayaks, visitors, a_boats, a_kayaks, a_vis):
    """Three cells of one table row: subject = lake (row) + column; location = the Địa bàn cell."""
    subj = f"hồ {lake}" if lake != "Cộng" else "Cộng 4 hồ chính"
    return [
        F(a_boats, boats[0], boats[1], "count", "phương tiện", f"{subj} thuyền, ca nô", inherit(ASOF), location=place),
        F(a_kayaks, kayaks[0], kayaks[1], "count", "phương tiện", f"{subj} kayak, SUP", inherit(ASOF), location=place),
        F(a_vis, visitors[0], visitors[1], "count", "lượt khách", f"{subj} lượt khách", M9, location=place),
    ]


FIGS = [
    F("có 9 hồ", "9", 9, "count", "hồ", "hồ được khai thác dịch vụ du lịch mặt nước", ASOF),
    F("với 196 phương tiện", "196", 196, "count", "phương tiện", "phương tiện được cấp phép", ASOF),
    F("trong đó 182 phương tiện", "182", 182, "count", "phương tiện", "phương tiện được cấp phép tại 4 hồ chính",
      ASOF, total=196),
    F("tại 4 hồ chính", "4", 4, "count", "hồ", "hồ chính", ASOF, total=9),
    *row("Xuân Hương", "Đà Lạt", ("38", 38), ("46", 46), ("212.500", 212500),
         "Xuân Hương | Đà Lạt | 38", "38 | 46", "46 | 212.500"),
    *row("Tuyền Lâm", "Đà Lạt", ("41", 41), ("22", 22), ("186.300", 186300),
         "Tuyền Lâm | Đà Lạt | 41", "41 | 22", "22 | 186.300"),
    *row("Đan Kia", "Lạc Dương", ("9", 9), ("12", 12), ("41.700", 41700),
         "Lạc Dương | 9", "9 | 12", "12 | 41.700"),
    *row("Nam Phương", "Di Linh", ("6", 6), ("8", 8), ("18.900", 18900),
         "Di Linh | 6", "6 | 8", "8 | 18.900"),
    *row("Cộng", "Lâm Đồng", ("94", 94), ("88", 88), ("459.400", 459400),
         "Cộng | | 94", "94 | 88", "88 | 459.400"),
    F("ước đạt 512.000 lượt", "512.000", 512000, "count", "lượt", "lượt khách sử dụng dịch vụ trên mặt hồ", M9,
      change=change("increase", 14.2, baseline="cùng kỳ"), status="estimate"),
    F("ước đạt 96,5 tỷ đồng", "96,5", 9.65e10, "money", "đồng", "doanh thu dịch vụ trên mặt hồ", M9,
      status="estimate"),
    F("từ 80.000 đến 120.000 đồng/lượt", "80.000", 80000, "money", "đồng/lượt",
      "giá thuê thuyền đạp vịt trên hồ Xuân Hương", value_max=120000, location="Đà Lạt"),
    F("kiểm tra 63 lượt", "63", 63, "count", "lượt", "lượt tổ chức, cá nhân kinh doanh dịch vụ được kiểm tra",
      REPORT),
    F("xử phạt 11 trường hợp", "11", 11, "count", "trường hợp", "trường hợp bị xử phạt", REPORT),
    F("số tiền 57,5 triệu đồng", "57,5", 5.75e7, "money", "đồng", "tiền xử phạt", REPORT),
    F("đình chỉ hoạt động 4 phương tiện", "4", 4, "count", "phương tiện",
      "phương tiện không đủ điều kiện bị đình chỉ hoạt động", REPORT),
    F("đón 680.000 lượt khách", "680.000", 680000, "count", "lượt khách", "khách sử dụng dịch vụ mặt nước", Y24,
      status="target"),
    F("thêm 15 phương tiện", "15", 15, "count", "phương tiện", "phương tiện kayak, SUP cấp phép thêm", Q4,
      status="forecast", location="Đà Lạt"),
]

NOTES = [
    "Formal report (UBND tỉnh Lâm Đồng, Số: 287/BC-UBND): water-surface services on lakes, 9 months 2024, with a flattened '|' table.",
    "Table: row label = lake (subject), Địa bàn = location; vehicle columns take the as-of date of the sentence above (inherited),",
    "the 'Lượt khách 9 tháng' column its own header period (2024 from the title). The 'Cộng' row is a figure of its own (location Lâm Đồng).",
    "Distractors: Số: 287/BC-UBND, Công văn số 1612/BVHTTDL-DLQG ngày 02/5/2024, section numbers I./II./1./2., heading QUÝ IV/2024.",
    "Gold changes after the first run: 4 hồ chính gets total 9 (a part after trong đó that follows the whole 9 hồ); the Cộng row keeps its label in the subject.",
    "Section 2 figures have no period in their sentence; they inherit the report period (title). hồ Tuyền Lâm / Xuân Hương lie in Đà Lạt (table).",
]

write(3, TEXT, FIGS, NOTES, published="2024-10-08", location="Lâm Đồng")
