"""p853-3: formal report (UBND tỉnh Bắc Ninh), hazardous and electronic waste, 9 months of 2024; flattened | table."""
from lib import F, change, period, inherit, target, write

TEXT = """UBND TỈNH BẮC NINH
Số: 386/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Ninh, ngày 14 tháng 10 năm 2024

BÁO CÁO
Kết quả thu gom, xử lý chất thải nguy hại và chất thải điện tử 9 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Chất thải nguy hại từ sản xuất
Tính đến ngày 30/9/2024, toàn tỉnh có 1.248 cơ sở đăng ký chủ nguồn thải chất thải nguy hại, trong đó 412 cơ sở sản xuất, lắp ráp linh kiện điện tử. 9 tháng đầu năm 2024, lượng chất thải nguy hại phát sinh ước đạt 21.560 tấn, tăng 8,4% so với cùng kỳ; trong đó chất thải điện tử (bản mạch, linh kiện lỗi, pin lithium hỏng) khoảng 6.870 tấn, chiếm 31,9%. Tỷ lệ chất thải nguy hại được thu gom, xử lý đạt 100%.

2. Kết quả tại các địa phương trọng điểm (9 tháng đầu năm 2024)
Đơn vị tính: tấn
Địa phương | Chất thải nguy hại phát sinh | Trong đó: chất thải điện tử | Số cơ sở chủ nguồn thải
Yên Phong | 7.420 | 3.150 | 186
Quế Võ | 4.980 | 1.620 | 143
Tiên Du | 3.260 | 1.040 | 97
TP. Bắc Ninh | 2.135 | 610 | 64
Tổng cộng | 17.795 | 6.420 | 490

3. Thu gom pin thải, chất thải điện tử trong dân cư
Toàn tỉnh đã bố trí 215 điểm thu gom pin thải, thiết bị điện tử thải bỏ tại 126/126 xã, phường, thị trấn. 9 tháng qua, các điểm thu gom tiếp nhận 4,7 tấn, đạt 78,3% kế hoạch năm (6 tấn).

II. TỒN TẠI, HẠN CHẾ
Còn 37 cơ sở chưa ký hợp đồng chuyển giao chất thải nguy hại với đơn vị có giấy phép theo Nghị định số 08/2022/NĐ-CP; năng lực xử lý của 3 doanh nghiệp trên địa bàn mới đáp ứng khoảng 70% nhu cầu.

III. NHIỆM VỤ QUÝ IV/2024
Phấn đấu đến 31/12/2024, tỷ lệ chủ nguồn thải ký hợp đồng chuyển giao đạt 100%. Dự kiến cả năm 2024, lượng chất thải nguy hại phát sinh khoảng 28.500 tấn.
"""

AS_OF = period("Tính đến ngày 30/9/2024", None, "2024-09-30")
M9 = period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
M9I = inherit(M9)
TAB = period("(9 tháng đầu năm 2024)", "2024-01-01", "2024-09-30", inherited=True)

COLS = (("chất thải nguy hại phát sinh", "measure", "tấn"),
        ("chất thải điện tử", "measure", "tấn"),
        ("cơ sở chủ nguồn thải", "count", "cơ sở"))
ROWS = (("Yên Phong", ("7.420", "3.150", "186"), "Yên Phong"),
        ("Quế Võ", ("4.980", "1.620", "143"), "Quế Võ"),
        ("Tiên Du", ("3.260", "1.040", "97"), "Tiên Du"),
        ("TP. Bắc Ninh", ("2.135", "610", "64"), "Bắc Ninh"),
        ("Tổng cộng", ("17.795", "6.420", "490"), None))


def table_figures():
    out = []
    for label, cells, place in ROWS:
        anchors = (f"{label} | {cells[0]}", f"{cells[0]} | {cells[1]}", f"{cells[1]} | {cells[2]}")
        for (subj, kind, unit), num, anchor in zip(COLS, cells, anchors):
            value = float(num.replace(".", ""))
            kw = {"location": place} if place else {}
            s = subj if place else f"{subj}, tổng cộng"
            out.append(F(anchor, num, value, kind, unit, subject=s, per=TAB, **kw))
    return out


FIGS = [
    F("có 1.248 cơ sở", "1.248", 1248, "count", "cơ sở",
      subject="cơ sở đăng ký chủ nguồn thải chất thải nguy hại", per=AS_OF),
    F("trong đó 412 cơ sở", "412", 412, "count", "cơ sở", total=1248,
      subject="cơ sở sản xuất, lắp ráp linh kiện điện tử", per=AS_OF),
    F("ước đạt 21.560 tấn", "21.560", 21560, "measure", "tấn", status="estimate",
      change=change("increase", 8.4, "%", "cùng kỳ"),
      subject="chất thải nguy hại phát sinh", per=M9),
    F("khoảng 6.870 tấn", "6.870", 6870, "measure", "tấn", approx="about", status="estimate",
      total=21560, percent=31.9, subject="chất thải điện tử", per=M9),
    F("xử lý đạt 100%", "100", 100, "percent", "%",
      subject="tỷ lệ chất thải nguy hại được thu gom, xử lý", per=M9I),
    *table_figures(),
    F("bố trí 215 điểm", "215", 215, "count", "điểm thu gom",
      subject="điểm thu gom pin thải, thiết bị điện tử thải bỏ"),
    F("126/126 xã", "126", 126, "count", "xã, phường, thị trấn", total=126,
      subject="xã, phường, thị trấn bố trí điểm thu gom"),
    F("tiếp nhận 4,7 tấn", "4,7", 4.7, "measure", "tấn", percent=78.3, target=target(6, "tấn"),
      subject="pin thải, chất thải điện tử các điểm thu gom tiếp nhận",
      per=period("9 tháng qua", "2024-01-01", "2024-09-30")),
    F("Còn 37 cơ sở", "37", 37, "count", "cơ sở",
      subject="cơ sở chưa ký hợp đồng chuyển giao chất thải nguy hại"),
    F("của 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp",
      subject="doanh nghiệp xử lý chất thải nguy hại trên địa bàn"),
    F("khoảng 70% nhu cầu", "70", 70, "percent", "%", approx="about",
      subject="năng lực xử lý đáp ứng nhu cầu"),
    F("chuyển giao đạt 100%", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ chủ nguồn thải ký hợp đồng chuyển giao",
      per=period("đến 31/12/2024", None, "2024-12-31")),
    F("khoảng 28.500 tấn", "28.500", 28500, "measure", "tấn", approx="about", status="forecast",
      subject="chất thải nguy hại phát sinh",
      per=period("cả năm 2024", "2024-01-01", "2024-12-31")),
]

NOTES = [
    "Báo cáo UBND tỉnh Bắc Ninh số 386/BC-UBND (14/10/2024): chất thải nguy hại, chất thải điện tử 9 tháng đầu năm 2024; flattened | table.",
    "Distractors: Số: 386/BC-UBND, the dateline, Nghị định số 08/2022/NĐ-CP, section numbers I.-III., 1.-3., heading 'QUÝ IV/2024'.",
    "Table: Đơn vị tính: tấn for the two waste columns; 'Số cơ sở chủ nguồn thải' counts cơ sở. District rows give location; the",
    "'Tổng cộng' row is a figure of its own (province location) and cells carry no totals; period from the heading line (inherited).",
    "'chiếm 31,9%' after 'trong đó … khoảng 6.870 tấn' is its percent; the 'ước đạt' cue continues into that clause (estimate).",
    "'đạt 78,3% kế hoạch năm (6 tấn)': percent 78,3 and target 6 tấn. '126/126' total 126. '9 tháng qua' = 9 months of 2024.",
]

write("p853-3", TEXT, NOTES, FIGS, published="2024-10-14", location="Bắc Ninh")
