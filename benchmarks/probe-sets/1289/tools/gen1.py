"""p1289-1: province portal (Cổng TTĐT tỉnh Đồng Nai): feed output 9 months 2024, premix plant in Trảng Bom."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Cổng thông tin điện tử tỉnh Đồng Nai
Trang chủ > Tin tức - Sự kiện > Kinh tế

Sản lượng thức ăn chăn nuôi 9 tháng tăng 7,4%
Cập nhật: 07/10/2024 15:10 | Lượt xem: 1.862

9 tháng đầu năm 2024, các doanh nghiệp sản xuất thức ăn chăn nuôi trên địa bàn tỉnh ước đạt 3,86 triệu tấn, tăng 7,4% so với cùng kỳ năm 2023, bằng 76,2% kế hoạch năm. Trong đó, thức ăn hỗn hợp dạng viên khoảng 3,41 triệu tấn; thức ăn đậm đặc 392.000 tấn; premix vitamin - khoáng và phụ gia gần 58.000 tấn.

Hiện toàn tỉnh có 46 nhà máy sản xuất thức ăn chăn nuôi, trong đó 9 nhà máy chuyên sản xuất premix và chất bổ sung, tổng công suất thiết kế trên 6,5 triệu tấn/năm. Riêng huyện Trảng Bom tập trung 14 nhà máy, chiếm hơn 30% số nhà máy toàn tỉnh.

Tại Khu công nghiệp Giang Điền (huyện Trảng Bom), Công ty TNHH Dinh dưỡng Phú Khang vừa đưa vào vận hành dây chuyền premix thứ hai với công suất 24.000 tấn/năm, vốn đầu tư khoảng 180 tỷ đồng; sản phẩm chủ lực là premix PK-25 cho heo thịt. Từ đầu năm đến nay, nhà máy đã xuất xưởng 11.500 tấn premix, doanh thu đạt 415 tỷ đồng, tăng 18% so với cùng kỳ. Nhà máy hiện có 165 lao động, thu nhập bình quân 11,2 triệu đồng/người/tháng.

Theo Sở Nông nghiệp và Phát triển nông thôn, giá thức ăn hỗn hợp cho lợn thịt hiện dao động từ 11.800 đến 12.600 đồng/kg, giảm khoảng 400 đồng/kg so với đầu năm. Quý IV, ngành phấn đấu sản lượng đạt 1,2 triệu tấn, đưa cả năm lên trên 5 triệu tấn.

Tin liên quan:
- Hội nghị triển khai Nghị định số 13/2020/NĐ-CP về thức ăn chăn nuôi
- Đồng Nai tăng cường kiểm soát chất cấm trong chăn nuôi quý III
"""

M9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
H9 = per("9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-07")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
CN = per("cả năm", "2024-01-01", "2024-12-31")
TB = "Trảng Bom"
CO = "Công ty TNHH Dinh dưỡng Phú Khang"

FIGS = [
    fig("9 tháng tăng 7,4%", "7,4", 7.4, "percent", "%", subject="sản lượng thức ăn chăn nuôi", period=H9),
    fig("ước đạt 3,86 triệu tấn", "3,86", 3.86e6, "measure", "tấn", percent=76.2, status="estimate",
        change=chg("increase", 7.4, "%", "cùng kỳ năm 2023"),
        subject="sản lượng thức ăn chăn nuôi của các doanh nghiệp trên địa bàn tỉnh", period=M9),
    fig("khoảng 3,41 triệu tấn", "3,41", 3.41e6, "measure", "tấn", approx="about", total=3.86e6, status="estimate",
        subject="thức ăn hỗn hợp dạng viên", period=inh(M9)),
    fig("đậm đặc 392.000 tấn", "392.000", 392000.0, "measure", "tấn", total=3.86e6, status="estimate",
        subject="thức ăn đậm đặc", period=inh(M9)),
    fig("gần 58.000 tấn", "58.000", 58000.0, "measure", "tấn", approx="nearly", total=3.86e6, status="estimate",
        subject="premix vitamin - khoáng và phụ gia", period=inh(M9)),
    fig("có 46 nhà máy", "46", 46, "count", "nhà máy", subject="nhà máy sản xuất thức ăn chăn nuôi"),
    fig("đó 9 nhà máy", "9", 9, "count", "nhà máy", total=46,
        subject="nhà máy chuyên sản xuất premix và chất bổ sung"),
    fig("trên 6,5 triệu tấn/năm", "6,5", 6.5e6, "measure", "tấn/năm", approx="over",
        subject="tổng công suất thiết kế nhà máy sản xuất thức ăn chăn nuôi"),
    fig("tập trung 14 nhà máy", "14", 14, "count", "nhà máy", percent=30,
        subject="nhà máy sản xuất thức ăn chăn nuôi", location=TB),
    fig("công suất 24.000 tấn/năm", "24.000", 24000.0, "measure", "tấn/năm",
        subject=f"công suất dây chuyền premix của {CO}", location=TB),
    fig("khoảng 180 tỷ đồng", "180", 180e9, "money", "đồng", approx="about",
        subject="vốn đầu tư dây chuyền premix", location=TB),
    fig("xuất xưởng 11.500 tấn", "11.500", 11500.0, "measure", "tấn",
        subject="premix nhà máy xuất xưởng", period=YTD, location=TB),
    fig("đạt 415 tỷ đồng", "415", 415e9, "money", "đồng", change=chg("increase", 18, "%", "cùng kỳ"),
        subject="doanh thu nhà máy", period=YTD, location=TB),
    fig("có 165 lao động", "165", 165, "count", "lao động", subject="lao động của nhà máy", location=TB),
    fig("quân 11,2 triệu", "11,2", 11.2e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của lao động nhà máy", location=TB),
    fig("từ 11.800 đến 12.600", "11.800", 11800.0, "money", "đồng/kg", value_max=12600.0,
        change=chg("decrease", 400, "đồng/kg", "đầu năm", approx="about"),
        subject="giá thức ăn hỗn hợp cho lợn thịt"),
    fig("đạt 1,2 triệu tấn", "1,2", 1.2e6, "measure", "tấn", status="target",
        subject="sản lượng thức ăn chăn nuôi", period=Q4),
    fig("trên 5 triệu tấn", "5", 5e6, "measure", "tấn", approx="over", status="target",
        subject="sản lượng thức ăn chăn nuôi cả năm", period=CN),
]

NOTES = [
    "Province portal (Đồng Nai): breadcrumb, headline figure, 'Cập nhật: 07/10/2024 15:10 | Lượt xem: 1.862' (published), related links.",
    "Headline 'tăng 7,4%' is a growth rate as the claim (percent, no change); '9 tháng' takes 2024 from the dateline/body.",
    "'Trong đó' after a sentence break: the three parts take the whole 3,86 triệu tấn (sum 3,86 triệu) and its status (estimate).",
    "'bằng 76,2% kế hoạch năm' is the percent attribute; 'chiếm hơn 30% số nhà máy toàn tỉnh' gives percent 30 to 14 nhà máy.",
    "'Riêng huyện Trảng Bom' is no total cue: no total for 14. The Phú Khang passage is located in Trảng Bom.",
    "'Hiện' figures (plants, capacity, workers, standing price) have no period. 'Từ đầu năm đến nay' ends at the dateline.",
    "'giảm khoảng 400 đồng/kg so với đầu năm' is a change of the price range. 'Quý IV ... phấn đấu' and 'cả năm' → target, 2024.",
    "Distractors: Lượt xem 1.862, times, 'dây chuyền premix thứ hai' (ordinal), 'premix PK-25' (product name),",
    "'Nghị định số 13/2020/NĐ-CP', 'quý III' in a link title.",
]

if __name__ == "__main__":
    write("p1289-1", TEXT, NOTES, FIGS, published="2024-10-07", location="Đồng Nai")
