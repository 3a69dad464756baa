from lib import *

TEXT = """UBND HUYỆN TRẢNG BOM - CỔNG THÔNG TIN ĐIỆN TỬ
Tin hoạt động

Trảng Bom tăng cường kiểm tra cơ sở nuôi động vật hoang dã
Thứ Sáu, 05/07/2024 - 09:40

Trong 6 tháng đầu năm 2024, Hạt Kiểm lâm huyện Trảng Bom phối hợp với UBND các xã, thị trấn kiểm tra 126 cơ sở nuôi động vật hoang dã (tăng 18 cơ sở so với cùng kỳ năm 2023) trên tổng số 318 cơ sở đang hoạt động trên địa bàn. Qua kiểm tra, phát hiện 9 cơ sở vi phạm (chiếm 7,1%), chủ yếu là nuôi không đúng loài đã đăng ký, không lập sổ theo dõi, chuồng trại chưa bảo đảm an toàn; Hạt đã lập biên bản và tham mưu UBND huyện xử phạt tổng số tiền 43,5 triệu đồng.

Hiện tổng đàn động vật hoang dã nuôi trên địa bàn huyện có khoảng 52.300 cá thể, trong đó cá sấu xiêm 18.600 cá thể, nhím 14.200 cá thể, rắn hổ mang 9.800 cá thể; còn lại là khỉ đuôi dài, kỳ đà, tắc kè và một số loài chim.

Trong 6 tháng, các hộ nuôi đã tự nguyện chuyển giao cho cơ quan chức năng 23 cá thể động vật hoang dã quý hiếm (gồm 2 cá thể gấu ngựa, 6 cá thể khỉ đuôi lợn và 15 cá thể rùa núi vàng); 11 cơ sở đã dừng nuôi, chuyển sang chăn nuôi gia súc, gia cầm.

Ông Nguyễn Văn Hậu, Hạt trưởng Hạt Kiểm lâm cho biết, 6 tháng cuối năm, đơn vị phấn đấu kiểm tra 100% cơ sở nuôi loài thuộc Phụ lục I CITES và nhóm IB, dự kiến từ 150 đến 170 cơ sở; đồng thời tổ chức 12 buổi tuyên truyền tại 17 xã, thị trấn về Luật Lâm nghiệp năm 2017 và Nghị định 84/2021/NĐ-CP.

Người dân phát hiện hành vi vi phạm có thể báo tin cho Hạt Kiểm lâm huyện (số 12, đường 29/4, thị trấn Trảng Bom) qua số điện thoại 0251.3866.219.

Minh Tâm (Trung tâm VH-TT&TT huyện)
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1_I = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
H6 = P("Trong 6 tháng", "2024-01-01", "2024-06-30")
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")

FIGS = [
    F("kiểm tra 126 cơ sở", "126", 126, "count", "cơ sở", "cơ sở nuôi động vật hoang dã được kiểm tra", H1,
      total=318, change=C("increase", 18, "cơ sở", "cùng kỳ năm 2023")),
    F("phát hiện 9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở vi phạm", H1_I, percent=7.1),
    F("43,5 triệu đồng", "43,5", 43500000, "money", "đồng", "tiền xử phạt", H1_I),
    F("khoảng 52.300 cá thể", "52.300", 52300, "count", "cá thể", "tổng đàn động vật hoang dã nuôi", approx="about"),
    F("cá sấu xiêm 18.600", "18.600", 18600, "count", "cá thể", "cá thể cá sấu xiêm nuôi", total=52300),
    F("nhím 14.200", "14.200", 14200, "count", "cá thể", "cá thể nhím nuôi", total=52300),
    F("rắn hổ mang 9.800", "9.800", 9800, "count", "cá thể", "cá thể rắn hổ mang nuôi", total=52300),
    F("quan chức năng 23 cá thể", "23", 23, "count", "cá thể", "cá thể động vật hoang dã quý hiếm tự nguyện chuyển giao", H6),
    F("gồm 2 cá thể", "2", 2, "count", "cá thể", "cá thể gấu ngựa chuyển giao", H6, total=23),
    F("6 cá thể khỉ", "6", 6, "count", "cá thể", "cá thể khỉ đuôi lợn chuyển giao", H6, total=23),
    F("15 cá thể rùa", "15", 15, "count", "cá thể", "cá thể rùa núi vàng chuyển giao", H6, total=23),
    F("11 cơ sở đã dừng", "11", 11, "count", "cơ sở", "cơ sở dừng nuôi, chuyển sang chăn nuôi gia súc, gia cầm", H6),
    F("kiểm tra 100% cơ sở", "100", 100, "percent", "%", "cơ sở nuôi loài thuộc Phụ lục I CITES và nhóm IB được kiểm tra", H2,
      status="target"),
    F("từ 150 đến 170 cơ sở", "150", 150, "count", "cơ sở", "cơ sở nuôi loài thuộc Phụ lục I CITES và nhóm IB được kiểm tra", H2,
      value_max=170, status="forecast"),
    F("tổ chức 12 buổi", "12", 12, "count", "buổi", "buổi tuyên truyền", H2, status="target"),
    F("tại 17 xã, thị trấn", "17", 17, "count", "xã, thị trấn", "xã, thị trấn được tuyên truyền", H2, status="target",
      optional=True),
]

emit("p367-2", TEXT, [
    "Cổng TTĐT huyện Trảng Bom (Đồng Nai): inspections of wildlife farms in 6 tháng đầu năm 2024, violations, herd by species, hand-overs, H2 plan.",
    "Dateline 'Thứ Sáu, 05/07/2024 - 09:40'; byline at the end. Location = the district Trảng Bom (named).",
    "'126 … (tăng 18 cơ sở so với cùng kỳ …) trên tổng số 318 cơ sở': total 318 (an attribute, not a figure) and the bracketed change, both on 126.",
    "'Hiện' gives no period to 52.300 and its 'trong đó' parts. 'Trong 6 tháng' (year from the lead) = H1 2024; '6 tháng cuối năm' = H2 2024.",
    "'phấn đấu' governs 100% and the continuing clause (12 buổi); 'dự kiến từ 150 đến 170' is a forecast range. '17 xã, thị trấn' (all communes) optional.",
    "Distractors: 'Phụ lục I', 'Luật Lâm nghiệp năm 2017', 'Nghị định 84/2021/NĐ-CP', 'số 12, đường 29/4', phone number.",
], FIGS, published="2024-07-05", location="Trảng Bom")
