"""p888-7: department site (Chi cục Chăn nuôi, Thú y và Thủy sản Lâm Đồng), no dateline, one-cell-per-line table."""
from lib import F, P, I, C, write

ROWS = [("Phân bò", ["612", "645", "670"]), ("Phân lợn", ["268", "281", "290"]),
        ("Phân gia cầm", ["74", "82", "88"]), ("Tổng cộng", ["954", "1.008", "1.048"])]
HEAD = ["Năm 2022", "Năm 2023", "Ước năm 2024"]
TABLE = "\n".join(["Chỉ tiêu"] + HEAD + [x for label, cells in ROWS for x in [label] + cells])

TEXT = f"""SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH LÂM ĐỒNG
CHI CỤC CHĂN NUÔI, THÚ Y VÀ THỦY SẢN
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Phân chuồng qua xử lý: nguồn phân bón hữu cơ cho rau, cà phê

Lâm Đồng có trên 4.100 cơ sở chăn nuôi bò sữa, bò thịt, lợn và gà, mỗi năm thải ra khoảng 1,1 triệu tấn phân chuồng. Thay vì bán phân tươi, nhiều cơ sở đã ủ phân với chế phẩm vi sinh trong 30-45 ngày trước khi đưa ra thị trường. Giá phân bò đã ủ hoai dao động 1.100-1.300 đồng/kg, cao hơn khoảng 40% so với phân tươi.

Các huyện Đức Trọng, Đơn Dương và Lâm Hà là những nơi sử dụng nhiều phân chuồng nhất; riêng Đức Trọng chiếm gần 35% lượng tiêu thụ của tỉnh. Ước tính mỗi ha rau cần 20-25 tấn phân hữu cơ mỗi năm.

Kết quả thu gom, xử lý phân chuồng trên địa bàn tỉnh:

Đơn vị tính: nghìn tấn
{TABLE}

Chi cục khuyến cáo các cơ sở không xả phân tươi ra nguồn nước, không tập kết phân dọc Quốc lộ 20 và Quốc lộ 27 gây mùi hôi, ảnh hưởng hoạt động du lịch.

Chi cục Chăn nuôi, Thú y và Thủy sản Lâm Đồng
Địa chỉ: 24 Pasteur, Phường 4, TP Đà Lạt
Điện thoại: 0263.3822.115 - Email: ccty@lamdong.gov.vn
Lượt truy cập: 1.284.630
"""

PER = {"Năm 2022": P("Năm 2022", "2022-01-01", "2022-12-31"),
       "Năm 2023": P("Năm 2023", "2023-01-01", "2023-12-31"),
       "Ước năm 2024": P("Ước năm 2024", "2024-01-01", "2024-12-31")}


def cell_figs():
    out = []
    for label, cells in ROWS:
        for j, cell in enumerate(cells):
            anchor = (label if j == 0 else cells[j - 1]) + "\n" + cell
            head = HEAD[j]
            what = "tổng cộng phân chuồng thu gom, xử lý" if label == "Tổng cộng" else label.lower() + " thu gom, xử lý"
            subj = f"{what} {head.lower()}"
            kw = {"status": "estimate"} if head.startswith("Ước") else {}
            v = float(cell.replace(".", "")) * 1000
            out.append(F(anchor, cell, v, "measure", "tấn", subj, PER[head], **kw))
    return out


FIGS = [
    F("trên 4.100 cơ sở", "4.100", 4100, "count", "cơ sở", "cơ sở chăn nuôi bò sữa, bò thịt, lợn và gà",
      approx="over"),
    F("khoảng 1,1 triệu tấn", "1,1", 1100000, "measure", "tấn/năm", "phân chuồng thải ra mỗi năm", approx="about"),
    F("trong 30-45 ngày", "30", 30, "measure", "ngày", "thời gian ủ phân với chế phẩm vi sinh", value_max=45),
    F("dao động 1.100-1.300 đồng/kg", "1.100", 1100, "money", "đồng/kg", "giá phân bò đã ủ hoai", value_max=1300,
      change=C("increase", 40, "%", "phân tươi", approx="about")),
    F("chiếm gần 35%", "35", 35, "percent", "%", "tỷ trọng lượng phân chuồng tiêu thụ của tỉnh", approx="nearly",
      location="Đức Trọng"),
    F("cần 20-25 tấn", "20", 20, "measure", "tấn/ha", "lượng phân hữu cơ cần cho mỗi ha rau mỗi năm",
      value_max=25, status="estimate"),
] + cell_figs()

NOTES = [
    "Department site of the Lâm Đồng livestock, veterinary and fisheries sub-department: no dateline (published absent), footer",
    "with address, phone and a visit counter. Table pasted one cell per line: Chỉ tiêu | Năm 2022 | Năm 2023 | Ước năm 2024,",
    "rows Phân bò / Phân lợn / Phân gia cầm / Tổng cộng, 'Đơn vị tính: nghìn tấn' -> 612 = 612.000 tấn, measure.",
    "Column headers give the period (scored); 'Ước năm 2024' gives status estimate. Table cells get no totals.",
    "'cao hơn khoảng 40% so với phân tươi' is the change of the price range. 'Ước tính mỗi ha rau cần ...' -> estimate, unit tấn/ha.",
    "Distractors: Quốc lộ 20, Quốc lộ 27, 24 Pasteur, Phường 4, phone, 'Lượt truy cập: 1.284.630', year column headers.",
]

write("p888-7", TEXT, FIGS, NOTES, published=None, location="Lâm Đồng")
