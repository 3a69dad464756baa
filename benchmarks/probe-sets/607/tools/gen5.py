import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import emit, fig, per, inh, ch

TEXT = """Các công ty cao su nhà nước ở Gia Lai: Doanh thu năm 2024 tăng gần 20%

(GLO)- Năm 2024, nhờ giá mủ cao su phục hồi, các công ty cao su thuộc Tập đoàn Công nghiệp Cao su Việt Nam (VRG) và Binh đoàn 15 đóng chân trên địa bàn tỉnh đều hoàn thành vượt mức kế hoạch sản xuất, kinh doanh.

Theo báo cáo của Sở Nông nghiệp và PTNT, tổng doanh thu của 7 công ty cao su nhà nước trên địa bàn năm 2024 ước đạt 2.145 tỷ đồng, tăng 19,6% so với năm 2023. Trong đó, Công ty TNHH MTV Cao su Chư Păh đạt doanh thu cao nhất với 512 tỷ đồng; Công ty TNHH MTV Cao su Mang Yang và Công ty TNHH MTV Cao su Chư Prông lần lượt đạt 438 tỷ đồng và 401 tỷ đồng. Các Công ty 72, 74 và 75 thuộc Binh đoàn 15 cũng vượt kế hoạch được giao.

Lợi nhuận trước thuế của các đơn vị đạt 386 tỷ đồng, gấp 1,8 lần năm trước; nộp ngân sách nhà nước 172 tỷ đồng.

Trong năm, các công ty khai thác mủ trên diện tích 21.460 ha, sản lượng mủ quy khô đạt 31.250 tấn, năng suất bình quân 1,46 tấn/ha. Giá bán bình quân đạt 42,3 triệu đồng/tấn, cao hơn 6,1 triệu đồng/tấn so với năm 2023.

Các công ty hiện sử dụng 6.820 lao động, trong đó 4.950 công nhân là người đồng bào dân tộc thiểu số (chiếm 72,6%). Thu nhập bình quân của người lao động năm 2024 đạt 9,4 triệu đồng/người/tháng, tăng 1,2 triệu đồng so với năm trước. Ngoài ra, các đơn vị còn hỗ trợ 1.150 hộ đồng bào ở các làng giáp ranh nhận khoán chăm sóc cao su.

Năm 2025, các đơn vị đặt kế hoạch tái canh khoảng 950 ha cao su hết chu kỳ khai thác và phấn đấu đạt tổng doanh thu 2.300 tỷ đồng.

HOÀNG NGỌC

06/01/2025
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("tăng gần 20%", "20", 20, "percent", "%", "doanh thu các công ty cao su nhà nước",
        per("năm 2024", "2024-01-01", "2024-12-31"), approx="nearly"),
    fig("của 7 công ty", "7", 7, "count", "công ty", "công ty cao su nhà nước trên địa bàn"),
    fig("ước đạt 2.145 tỷ đồng", "2.145", 2145e9, "money", "đồng", "tổng doanh thu của công ty cao su nhà nước", Y24,
        change=ch("increase", 19.6, "%", "năm 2023"), status="estimate"),
    fig("cao nhất với 512 tỷ đồng", "512", 512e9, "money", "đồng", "doanh thu Công ty TNHH MTV Cao su Chư Păh",
        inh(Y24), total=2145e9, status="estimate"),
    fig("đạt 438 tỷ đồng", "438", 438e9, "money", "đồng", "doanh thu Công ty TNHH MTV Cao su Mang Yang",
        inh(Y24), total=2145e9, status="estimate"),
    fig("và 401 tỷ đồng", "401", 401e9, "money", "đồng", "doanh thu Công ty TNHH MTV Cao su Chư Prông",
        inh(Y24), total=2145e9, status="estimate"),
    fig("đạt 386 tỷ đồng", "386", 386e9, "money", "đồng", "lợi nhuận trước thuế", inh(Y24),
        change=ch("increase", 1.8, "lần", "năm trước")),
    fig("ngân sách nhà nước 172 tỷ đồng", "172", 172e9, "money", "đồng", "nộp ngân sách nhà nước", inh(Y24)),
    fig("diện tích 21.460 ha", "21.460", 21460, "measure", "ha", "diện tích khai thác mủ", inh(Y24)),
    fig("đạt 31.250 tấn", "31.250", 31250, "measure", "tấn", "sản lượng mủ quy khô", inh(Y24)),
    fig("quân 1,46 tấn/ha", "1,46", 1.46, "measure", "tấn/ha", "năng suất bình quân", inh(Y24)),
    fig("đạt 42,3 triệu đồng/tấn", "42,3", 42.3e6, "money", "đồng/tấn", "giá bán bình quân", inh(Y24),
        change=ch("increase", 6.1e6, "đồng/tấn", "năm 2023")),
    fig("sử dụng 6.820 lao động", "6.820", 6820, "count", "lao động", "lao động các công ty sử dụng"),
    fig("4.950 công nhân", "4.950", 4950, "count", "công nhân", "công nhân là người đồng bào dân tộc thiểu số",
        total=6820, percent=72.6),
    fig("đạt 9,4 triệu đồng/người/tháng", "9,4", 9.4e6, "money", "đồng/người/tháng",
        "thu nhập bình quân của người lao động", Y24 | {"text": "năm 2024"},
        change=ch("increase", 1.2e6, "đồng", "năm trước")),
    fig("hỗ trợ 1.150 hộ", "1.150", 1150, "count", "hộ", "hộ đồng bào nhận khoán chăm sóc cao su"),
    fig("khoảng 950 ha", "950", 950, "measure", "ha", "diện tích tái canh cao su hết chu kỳ khai thác", Y25,
        approx="about", status="target"),
    fig("doanh thu 2.300 tỷ đồng", "2.300", 2300e9, "money", "đồng", "tổng doanh thu", Y25, status="target"),
]

COMMENTS = [
    "Probe 607-5. Party newspaper (Báo Gia Lai, '(GLO)-' tag, byline and bare date '06/01/2025' at the end): state rubber",
    "companies' revenue 2024, company breakdown, profit, budget, tapping, output, price, labour and income, 2025 plan.",
    "Distractors: Binh đoàn 15, 'Các Công ty 72, 74 và 75' (company names), dateline at the end.",
    "Company names with place names (Cao su Chư Păh, Chư Prông, Mang Yang) do not make the figure a district figure: location Gia Lai.",
    "Company revenues after 'Trong đó' are parts of the 2.145 tỷ whole; they continue its 'ước đạt' (estimate), as the",
    "convention of probe 469 for 'trong đó' clauses. 'gấp 1,8 lần năm trước' after the profit is its change (lần).",
    "The paragraph starting 'Lợi nhuận ...' and 'Trong năm, ...' have no status cue: actual; period năm 2024 inherited.",
    "'đặt kế hoạch ... và phấn đấu': both 2025 figures are targets.",
]

if __name__ == "__main__":
    emit("p607-5", TEXT, COMMENTS, FIGS, published="2025-01-06", location="Gia Lai")
