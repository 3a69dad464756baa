"""p1221-2: district portal (huyện Lâm Thao, Phú Thọ), phosphate fertilizer company, 6 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Cổng thông tin điện tử huyện Lâm Thao
Trang chủ / Tin tức / Kinh tế

Doanh nghiệp phân lân giữ nhịp tăng trưởng công nghiệp của huyện

Thứ Ba, 09/07/2024 - 15:45

6 tháng đầu năm, giá trị sản xuất công nghiệp trên địa bàn huyện ước đạt 5.630 tỷ đồng, bằng 48,7% kế hoạch năm; trong đó ngành sản xuất phân bón, hóa chất chiếm gần 70%.

Tại thị trấn Hùng Sơn, Công ty CP Hóa chất và Phân bón Sông Thao sản xuất được 395.000 tấn sản phẩm các loại, tăng 5,3% so với cùng kỳ. Trong đó, supe lân 186.000 tấn, phân NPK 152.000 tấn, axit sunfuric 57.000 tấn. Doanh thu đạt 2.140 tỷ đồng, lợi nhuận trước thuế khoảng 96 tỷ đồng, gấp 1,4 lần cùng kỳ năm 2023.

Công ty hiện có 2.350 lao động, thu nhập bình quân khoảng 11,5 triệu đồng/người/tháng. Năm nay, doanh nghiệp dành 38 tỷ đồng cho công tác bảo vệ môi trường, lắp đặt thêm 2 trạm quan trắc khí thải tự động và trồng mới 1,5 ha cây xanh quanh nhà máy.

Cùng với đó, công ty phối hợp với Hội Nông dân huyện xây dựng 12 mô hình sử dụng phân bón hiệu quả tại các xã Xuân Lũng, Tiên Kiên, Sơn Vi với tổng diện tích 45 ha. Năng suất lúa trong mô hình đạt từ 62 đến 65 tạ/ha, cao hơn khoảng 8% so với ruộng đối chứng; chi phí phân bón giảm 30.000-40.000 đồng/sào.

Phấn đấu cả năm 2024, giá trị sản xuất công nghiệp toàn huyện đạt 11.560 tỷ đồng, tăng 7% trở lên so với năm 2023.

Minh Hằng (Trung tâm VH-TT&TT huyện)
"""

H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
PROD = "sản phẩm các loại công ty sản xuất"

FIGS = [
    fig("ước đạt 5.630 tỷ", "5.630", 5630e9, "money", "đồng", percent=48.7, status="estimate",
        subject="giá trị sản xuất công nghiệp trên địa bàn huyện", period=H1),
    fig("chiếm gần 70%", "70", 70, "percent", "%", approx="nearly", status="estimate",
        subject="tỷ trọng ngành sản xuất phân bón, hóa chất trong giá trị sản xuất công nghiệp", period=H1),
    fig("được 395.000 tấn", "395.000", 395000, "measure", "tấn",
        change=chg("increase", 5.3, "%", "cùng kỳ"), subject=PROD, period=inh(H1)),
    fig("supe lân 186.000 tấn", "186.000", 186000, "measure", "tấn", total=395000,
        subject="sản lượng supe lân", period=inh(H1)),
    fig("phân NPK 152.000 tấn", "152.000", 152000, "measure", "tấn", total=395000,
        subject="sản lượng phân NPK", period=inh(H1)),
    fig("sunfuric 57.000 tấn", "57.000", 57000, "measure", "tấn", total=395000,
        subject="sản lượng axit sunfuric", period=inh(H1)),
    fig("đạt 2.140 tỷ", "2.140", 2140e9, "money", "đồng", subject="doanh thu của công ty", period=inh(H1)),
    fig("khoảng 96 tỷ", "96", 96e9, "money", "đồng", approx="about",
        change=chg("increase", 1.4, "lần", "cùng kỳ năm 2023"),
        subject="lợi nhuận trước thuế của công ty", period=inh(H1)),
    fig("có 2.350 lao động", "2.350", 2350, "count", "lao động", subject="lao động của công ty"),
    fig("khoảng 11,5 triệu", "11,5", 11.5e6, "money", "đồng/người/tháng", approx="about",
        subject="thu nhập bình quân của lao động"),
    fig("dành 38 tỷ", "38", 38e9, "money", "đồng",
        subject="kinh phí cho công tác bảo vệ môi trường", period=NOW),
    fig("thêm 2 trạm", "2", 2, "count", "trạm quan trắc khí thải tự động",
        subject="trạm quan trắc khí thải tự động lắp đặt thêm", period=NOW),
    fig("mới 1,5 ha", "1,5", 1.5, "measure", "ha", subject="diện tích cây xanh trồng mới quanh nhà máy", period=NOW),
    fig("xây dựng 12 mô hình", "12", 12, "count", "mô hình", subject="mô hình sử dụng phân bón hiệu quả"),
    fig("diện tích 45 ha", "45", 45, "measure", "ha", subject="tổng diện tích mô hình sử dụng phân bón hiệu quả"),
    fig("từ 62 đến 65", "62", 62, "measure", "tạ/ha", value_max=65,
        change=chg("increase", 8, "%", "ruộng đối chứng", approx="about"),
        subject="năng suất lúa trong mô hình"),
    fig("giảm 30.000-40.000", "30.000", 30000, "money", "đồng/sào", value_max=40000,
        subject="chi phí phân bón giảm"),
    fig("đạt 11.560 tỷ", "11.560", 11560e9, "money", "đồng", status="target",
        change=chg("increase", 7, "%", "năm 2023", approx="at_least"),
        subject="giá trị sản xuất công nghiệp toàn huyện", period=Y24),
]

NOTES = [
    "District portal (huyện Lâm Thao, Phú Thọ): 'Thứ Ba, 09/07/2024 - 15:45', byline at the end. Location: the district.",
    "Year-less '6 tháng đầu năm' takes 2024 from the dateline; the company paragraph has no period of its own (inherited).",
    "'ước đạt … ; trong đó … chiếm gần 70%' continues the estimate clause. 'gấp 1,4 lần cùng kỳ năm 2023' is the change of 96 tỷ.",
    "Parts 186.000 + 152.000 + 57.000 = 395.000 after 'Trong đó' across a sentence break → total 395000.",
    "'chi phí phân bón giảm 30.000-40.000 đồng/sào' is a reduction standing as the claim (no base amount): a figure with no change.",
    "Distractors: 15:45, 'Thứ Ba', 'VH-TT&TT'. 'tăng 7% trở lên' is the change of the 2024 target (at_least).",
]

if __name__ == "__main__":
    write("p1221-2", TEXT, NOTES, FIGS, published="2024-07-09", location="Lâm Thao")
