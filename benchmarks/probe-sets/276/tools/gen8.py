from lib import F, P, CH, TG, write

A = """Công nghiệp chế biến, chế tạo - động lực tăng trưởng của Nghệ An

Năm 2023, giá trị tăng thêm ngành công nghiệp chế biến, chế tạo của Nghệ An tăng 10,2%, đóng góp 2,06 điểm phần trăm vào mức tăng GRDP chung của tỉnh. Tỷ trọng ngành công nghiệp chế biến, chế tạo trong GRDP đạt 14,7%, tăng 1,3 điểm phần trăm so với năm 2020.

Chỉ số sản xuất công nghiệp năm 2023 tăng 8,63%, xếp thứ 3 trong 6 tỉnh vùng Bắc Trung Bộ. Giá trị sản xuất công nghiệp (giá so sánh) đạt 97.515 tỷ đồng, gấp 1,6 lần năm 2020. Ba sản phẩm có giá trị lớn nhất là bia, xi măng và linh kiện điện tử, chiếm tổng cộng khoảng 41% giá trị toàn ngành.

Hiện toàn tỉnh có 6 khu công nghiệp trong Khu kinh tế Đông Nam và 23 cụm công nghiệp đang hoạt động, thu hút 79 dự án FDI với tổng vốn đăng ký trên 3,6 tỷ USD. Riêng năm 2023, các KCN VSIP Nghệ An, WHA Industrial Zone 1 và Hoàng Mai I thu hút 1,65 tỷ USD, chiếm 45,8% tổng vốn FDI toàn tỉnh, đưa Nghệ An lần đầu lọt top 10 địa phương thu hút FDI lớn nhất cả nước.

Tuy vậy, theo đánh giá của Sở Công Thương, quy mô ngành còn nhỏ: năng suất lao động trong ngành chỉ bằng 0,7 lần bình quân cả nước; hơn 70% doanh nghiệp chế biến là doanh nghiệp nhỏ và siêu nhỏ, công nghệ chủ yếu ở mức trung bình.

Mục tiêu đến năm 2025, tỷ trọng công nghiệp - xây dựng đạt 38-39% GRDP; giá trị sản xuất công nghiệp đạt 150 nghìn tỷ đồng. Để đạt mục tiêu này, tỉnh tiếp tục ưu tiên thu hút các dự án điện tử, công nghệ cao, chế biến nông sản có giá trị gia tăng lớn.

(Bài viết tham gia Giải Báo chí tỉnh lần thứ 15 năm 2024)
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
T25 = P("đến năm 2025", None, "2025-12-31")

figs = [
    F("chế tạo của Nghệ An tăng 10,2%", "10,2", 10.2, "percent", "%",
      "giá trị tăng thêm ngành công nghiệp chế biến, chế tạo", Y23),
    F("đóng góp 2,06 điểm phần trăm", "2,06", 2.06, "measure", "điểm phần trăm",
      "đóng góp của ngành công nghiệp chế biến, chế tạo vào mức tăng GRDP chung của tỉnh", Y23),
    F("đạt 14,7%", "14,7", 14.7, "percent", "%", "tỷ trọng ngành công nghiệp chế biến, chế tạo trong GRDP", Y23i,
      change=CH("increase", 1.3, "năm 2020", unit="điểm phần trăm")),
    F("tăng 8,63%", "8,63", 8.63, "percent", "%", "chỉ số sản xuất công nghiệp", P("năm 2023", "2023-01-01", "2023-12-31")),
    F("xếp thứ 3", "3", 3, "rank", "hạng", "chỉ số sản xuất công nghiệp", P("năm 2023", "2023-01-01", "2023-12-31"),
      total=6),
    F("đạt 97.515 tỷ đồng", "97.515", 97515000000000, "money", "đồng", "giá trị sản xuất công nghiệp (giá so sánh)", Y23i,
      change=CH("increase", 1.6, "năm 2020", unit="lần")),
    F("Ba sản phẩm", "Ba", 3, "count", "sản phẩm", "sản phẩm có giá trị lớn nhất", Y23i, optional=True),
    F("khoảng 41%", "41", 41, "percent", "%", "tỷ trọng ba sản phẩm có giá trị lớn nhất trong giá trị toàn ngành", Y23i,
      approx="about"),
    F("có 6 khu công nghiệp", "6", 6, "count", "khu công nghiệp", "khu công nghiệp trong Khu kinh tế Đông Nam"),
    F("23 cụm công nghiệp", "23", 23, "count", "cụm công nghiệp", "cụm công nghiệp đang hoạt động"),
    F("thu hút 79 dự án", "79", 79, "count", "dự án", "dự án FDI thu hút"),
    F("trên 3,6 tỷ USD", "3,6", 3600000000, "money", "USD", "tổng vốn đăng ký FDI", approx="over"),
    F("thu hút 1,65 tỷ USD", "1,65", 1650000000, "money", "USD", "vốn FDI các KCN thu hút",
      P("năm 2023", "2023-01-01", "2023-12-31"), percent=45.8),
    F("top 10 địa phương", "10", 10, "count", "địa phương", optional=True, location="Việt Nam"),
    F("bằng 0,7 lần", "0,7", 0.7, "multiple", "lần", "năng suất lao động trong ngành so với bình quân cả nước"),
    F("hơn 70% doanh nghiệp", "70", 70, "percent", "%", "doanh nghiệp chế biến là doanh nghiệp nhỏ và siêu nhỏ",
      approx="over"),
    F("đạt 38-39% GRDP", "38", 38, "percent", "%", "tỷ trọng công nghiệp - xây dựng trong GRDP", T25,
      value_max=39, status="target"),
    F("đạt 150 nghìn tỷ đồng", "150", 150000000000000, "money", "đồng", "giá trị sản xuất công nghiệp", T25,
      status="target"),
]

H = """Party newspaper feature (Báo Nghệ An style), no dateline, no byline; a press-award note at the end ('lần thứ 15 năm 2024' is a name).
Processing and manufacturing in Nghệ An, 2023 results and 2025 targets.
'tăng 1,3 điểm phần trăm so với năm 2020' is the change of the 14,7% share; 'gấp 1,6 lần năm 2020' the change (lần) of the output value.
Those sentences state no period of their own ('năm 2020' is only the baseline), so 2023 is inherited from the paragraph.
'đóng góp 2,06 điểm phần trăm' is a contribution (measure), not a change. 'xếp thứ 3 trong 6 tỉnh' rank with total 6.
'chiếm 45,8% tổng vốn FDI toàn tỉnh' is the percent of the 1,65 tỷ USD. KCN names ('VSIP Nghệ An', 'WHA Industrial Zone 1', 'Hoàng Mai I') are labels.
'bằng 0,7 lần bình quân cả nước' stands alone as a multiple (location stays Nghệ An). 'Ba sản phẩm' list head and 'top 10' label are optional.
Stocks introduced by 'Hiện' carry no period. 'Mục tiêu đến năm 2025' governs both clauses (status target)."""

write("p276-8", A, figs, H, location="Nghệ An")
