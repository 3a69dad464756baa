"""p744-4: ministry site (Bộ NN&PTNT), national feed industry 2023: output, mills, imports of corn/soy, quality, 2030 targets."""
from lib import F, P, I, CH, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ / Tin tức / Chăn nuôi - Thú y

Năm 2023, sản lượng thức ăn chăn nuôi công nghiệp đạt 21,1 triệu tấn
Thứ Năm, 18/01/2024 09:12

Theo Cục Chăn nuôi, năm 2023 tổng sản lượng thức ăn chăn nuôi công nghiệp cả nước đạt khoảng 21,1 triệu tấn, giảm 1,2% so với năm 2022. Việt Nam tiếp tục đứng thứ 8 thế giới về sản lượng thức ăn chăn nuôi.

Cả nước hiện có 269 nhà máy sản xuất thức ăn chăn nuôi công nghiệp, trong đó 89 nhà máy thuộc doanh nghiệp có vốn đầu tư nước ngoài, chiếm khoảng 63% thị phần. Tổng công suất thiết kế đạt trên 42 triệu tấn/năm, song công suất thực tế chỉ đạt 50-55%.

Năm 2023, cả nước nhập khẩu 18,2 triệu tấn nguyên liệu thức ăn chăn nuôi với kim ngạch 9,6 tỷ USD, giảm 11,8% so với năm 2022. Trong đó, ngô 9,4 triệu tấn, khô dầu đậu tương 4,9 triệu tấn, đậu tương hạt 1,8 triệu tấn. Nguyên liệu sản xuất trong nước mới đáp ứng khoảng 35% nhu cầu.

Về quản lý chất lượng, năm 2023 các địa phương đã lấy 2.463 mẫu thức ăn chăn nuôi để giám sát, trong đó 118 mẫu không đạt. Tỷ lệ mẫu không đạt là 4,8%, giảm 1,3 điểm phần trăm so với năm 2022; phát hiện 3 mẫu chứa chất cấm, xử phạt 147 cơ sở với tổng số tiền hơn 4,3 tỷ đồng.

Theo Chiến lược phát triển chăn nuôi giai đoạn 2021-2030, tầm nhìn 2045 (Quyết định số 1520/QĐ-TTg), đến năm 2030 sản lượng thức ăn chăn nuôi công nghiệp đạt 25-26 triệu tấn; nguyên liệu trong nước đáp ứng 45-50% nhu cầu.

Cục Chăn nuôi, số 16 Thụy Khuê, quận Tây Hồ, Hà Nội; ĐT: 024.3734.5443.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
T2030 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("công nghiệp đạt 21,1 triệu tấn", "21,1", 21100000, "measure", "tấn",
      subject="sản lượng thức ăn chăn nuôi công nghiệp", period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("khoảng 21,1 triệu tấn", "21,1", 21100000, "measure", "tấn", approx="about",
      change=CH("decrease", 1.2, "%", "năm 2022"),
      subject="tổng sản lượng thức ăn chăn nuôi công nghiệp", period=Y23),
    F("đứng thứ 8 thế giới", "8", 8, "rank", "hạng",
      subject="sản lượng thức ăn chăn nuôi", period=I(Y23)),
    F("có 269 nhà máy", "269", 269, "count", "nhà máy",
      subject="nhà máy sản xuất thức ăn chăn nuôi công nghiệp"),
    F("trong đó 89 nhà máy", "89", 89, "count", "nhà máy", total=269, percent=63,
      subject="nhà máy thuộc doanh nghiệp có vốn đầu tư nước ngoài"),
    F("trên 42 triệu tấn/năm", "42", 42000000, "measure", "tấn/năm", approx="over",
      subject="tổng công suất thiết kế"),
    F("đạt 50-55%", "50", 50, "percent", "%", value_max=55,
      subject="công suất thực tế so với công suất thiết kế"),
    F("nhập khẩu 18,2 triệu tấn", "18,2", 18200000, "measure", "tấn",
      subject="nguyên liệu thức ăn chăn nuôi nhập khẩu", period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("kim ngạch 9,6 tỷ USD", "9,6", 9600000000, "money", "USD",
      change=CH("decrease", 11.8, "%", "năm 2022"),
      subject="kim ngạch nhập khẩu nguyên liệu thức ăn chăn nuôi", period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("ngô 9,4 triệu tấn", "9,4", 9400000, "measure", "tấn", total=18200000,
      subject="ngô nhập khẩu", period=I(Y23)),
    F("tương 4,9 triệu tấn", "4,9", 4900000, "measure", "tấn", total=18200000,
      subject="khô dầu đậu tương nhập khẩu", period=I(Y23)),
    F("hạt 1,8 triệu tấn", "1,8", 1800000, "measure", "tấn", total=18200000,
      subject="đậu tương hạt nhập khẩu", period=I(Y23)),
    F("khoảng 35%", "35", 35, "percent", "%", approx="about",
      subject="nguyên liệu sản xuất trong nước đáp ứng nhu cầu"),
    F("lấy 2.463 mẫu", "2.463", 2463, "count", "mẫu",
      subject="mẫu thức ăn chăn nuôi lấy để giám sát", period=Y23),
    F("trong đó 118 mẫu", "118", 118, "count", "mẫu", total=2463,
      subject="mẫu thức ăn chăn nuôi không đạt", period=Y23),
    F("là 4,8%", "4,8", 4.8, "percent", "%",
      change=CH("decrease", 1.3, "điểm phần trăm", "năm 2022"),
      subject="tỷ lệ mẫu không đạt", period=I(Y23)),
    F("phát hiện 3 mẫu", "3", 3, "count", "mẫu", subject="mẫu chứa chất cấm", period=I(Y23)),
    F("xử phạt 147 cơ sở", "147", 147, "count", "cơ sở", subject="cơ sở bị xử phạt", period=I(Y23)),
    F("hơn 4,3 tỷ đồng", "4,3", 4300000000, "money", "đồng", approx="over",
      subject="tổng số tiền xử phạt", period=I(Y23)),
    F("đạt 25-26 triệu tấn", "25", 25000000, "measure", "tấn", value_max=26000000, status="target",
      subject="sản lượng thức ăn chăn nuôi công nghiệp", period=T2030),
    F("đáp ứng 45-50%", "45", 45, "percent", "%", value_max=50, status="target",
      subject="nguyên liệu trong nước đáp ứng nhu cầu", period=T2030),
]

COMMENTS = [
    "Bộ NN&PTNT site: ngành thức ăn chăn nuôi năm 2023 (sản lượng, nhà máy, nhập khẩu nguyên liệu, giám sát chất lượng, mục tiêu 2030).",
    "Dateline `Thứ Năm, 18/01/2024 09:12` under the headline. National figures: location Việt Nam. `chiếm khoảng 63% thị phần`",
    "after `89 nhà máy` is its percent (share after chiếm). `giảm 11,8%` belongs to 9,6 tỷ USD (nearest figure before it).",
    "`Trong đó, ngô ...` parts total 18,2 triệu tấn. `Tỷ lệ ... là 4,8%, giảm 1,3 điểm phần trăm` -> change of the rate.",
    "`hiện`/no-period sentences: no period. Distractors: giai đoạn 2021-2030, tầm nhìn 2045, Quyết định 1520/QĐ-TTg,",
    "số 16 Thụy Khuê, phone 024.3734.5443, dateline time 09:12.",
]

if __name__ == "__main__":
    emit("p744-4", TEXT, COMMENTS, FIGS, published="2024-01-18", location="Việt Nam")
