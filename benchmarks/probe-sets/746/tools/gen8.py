"""p746-8: commune portal (xã Hỏa Lựu, TP Vị Thanh, Hậu Giang) — khóm Cầu Đúc: area, output, price, profit, cooperative, 2024 targets."""
from lib import emit, fig, per, chg

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ HỎA LỰU - THÀNH PHỐ VỊ THANH - TỈNH HẬU GIANG
Tin tức » Kinh tế - Xã hội
Ngày đăng: 22/11/2023 | Người đăng: Văn phòng HĐND-UBND xã

Hỏa Lựu: Lợi nhuận từ khóm Cầu Đúc đạt trên 150 triệu đồng/ha

Những năm qua, khóm Cầu Đúc tiếp tục là cây trồng chủ lực của xã Hỏa Lựu. Đến cuối tháng 10/2023, toàn xã có 635 ha khóm, chiếm 41,5% diện tích đất nông nghiệp, với 512 hộ trồng, tập trung ở các ấp Thạnh Quới, Thạnh Hòa và ấp 3.

Trong 10 tháng năm 2023, sản lượng khóm đạt 10.870 tấn, tăng 6,2% so với cùng kỳ năm 2022; năng suất bình quân 17,1 tấn/ha; giá bán bình quân 7.500 đồng/kg, có thời điểm lên 11.000 đồng/kg. Lợi nhuận bình quân đạt trên 150 triệu đồng/ha/năm, cao hơn 2,5 lần so với trồng lúa.

Hợp tác xã Nông nghiệp Hỏa Lựu hiện có 86 thành viên, năm nay đã liên kết tiêu thụ 1.650 tấn khóm cho Công ty CP Rau quả Hậu Giang để chế biến khóm đóng hộp, nước ép; 2 sản phẩm khóm sấy dẻo và mứt khóm của HTX đạt OCOP 3 sao.

Năm 2024, xã phấn đấu mở rộng thêm 40 ha khóm, trong đó 25 ha trồng theo tiêu chuẩn VietGAP; nâng thu nhập bình quân đầu người lên 68 triệu đồng/người/năm (năm 2023 ước đạt 61,5 triệu đồng).

UBND xã Hỏa Lựu - Quốc lộ 61C, ấp Thạnh Quới. ĐT: 0293.3878.216
"""

ASOF = per("Đến cuối tháng 10/2023", None, "2023-10-31")
M10 = per("10 tháng năm 2023", "2023-01-01", "2023-10-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("Cầu Đúc đạt trên 150", "150", 150000000, "money", "đồng/ha", "lợi nhuận từ khóm Cầu Đúc", approx="over"),
    fig("có 635 ha", "635", 635, "measure", "ha", "diện tích khóm", ASOF, percent=41.5),
    fig("với 512 hộ", "512", 512, "count", "hộ", "hộ trồng khóm", ASOF),
    fig("đạt 10.870 tấn", "10.870", 10870, "measure", "tấn", "sản lượng khóm", M10,
        change=chg("increase", 6.2, "%", "cùng kỳ năm 2022")),
    fig("17,1 tấn/ha", "17,1", 17.1, "measure", "tấn/ha", "năng suất khóm bình quân", M10),
    fig("bình quân 7.500 đồng/kg", "7.500", 7500, "money", "đồng/kg", "giá bán khóm bình quân", M10),
    fig("lên 11.000 đồng/kg", "11.000", 11000, "money", "đồng/kg", "giá bán khóm có thời điểm", M10),
    fig("trên 150 triệu đồng/ha/năm", "150", 150000000, "money", "đồng/ha/năm", "lợi nhuận bình quân",
        approx="over", change=chg("increase", 2.5, "lần", "trồng lúa")),
    fig("có 86 thành viên", "86", 86, "count", "thành viên", "thành viên Hợp tác xã Nông nghiệp Hỏa Lựu"),
    fig("tiêu thụ 1.650 tấn", "1.650", 1650, "measure", "tấn", "khóm liên kết tiêu thụ cho Công ty CP Rau quả Hậu Giang"),
    fig("2 sản phẩm", "2", 2, "count", "sản phẩm", "sản phẩm của HTX đạt OCOP 3 sao"),
    fig("thêm 40 ha", "40", 40, "measure", "ha", "diện tích khóm mở rộng thêm", Y24, status="target"),
    fig("trong đó 25 ha", "25", 25, "measure", "ha", "diện tích trồng theo tiêu chuẩn VietGAP", Y24,
        total=40, status="target"),
    fig("lên 68 triệu", "68", 68000000, "money", "đồng/người/năm", "thu nhập bình quân đầu người", Y24, status="target"),
    fig("ước đạt 61,5 triệu", "61,5", 61500000, "money", "đồng", "thu nhập bình quân đầu người",
        per("năm 2023", "2023-01-01", "2023-12-31"), status="estimate"),
]

COMMENTS = [
    "Commune portal (xã Hỏa Lựu, TP Vị Thanh, Hậu Giang; 'Ngày đăng: 22/11/2023 | Người đăng: …'): khóm Cầu Đúc.",
    "Location: a commune is not a province/city/district; its figures describe TP Vị Thanh (the district-level city named in the header).",
    "'Đến cuối tháng 10/2023' is an as-of date (start null). 'cao hơn 2,5 lần so với trồng lúa' after the profit is its change.",
    "The bracketed '(năm 2023 ước đạt 61,5 triệu đồng)' has its own verb: estimate, its own period; it is not the target's attribute.",
    "'năm nay' (1.650 tấn) is not a spec period phrase: no period. 'OCOP 3 sao' is a rating (like 'mức độ 3'), not a figure.",
    "Distractors: 'ấp 3', 'Quốc lộ 61C', phone 0293.3878.216, 'OCOP 3 sao'.",
]

if __name__ == "__main__":
    emit("p746-8", TEXT, COMMENTS, FIGS, published="2023-11-22", location="Vị Thanh")
