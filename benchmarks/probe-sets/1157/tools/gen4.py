"""p1157-4: ministry site (Bộ NN&PTNT, Cục Chế biến và PTTT nông sản), national coffee processing, crop year 2023/2024."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Cục Chế biến và Phát triển thị trường nông sản
Trang chủ > Tin hoạt động > Chế biến nông sản

Chế biến sâu - hướng đi nâng giá trị cà phê Việt

Ngày đăng: 18/11/2024 | Lượt xem: 963

Theo Cục Chế biến và Phát triển thị trường nông sản, niên vụ 2023/2024 (từ 1/10/2023 đến 30/9/2024), cả nước xuất khẩu khoảng 1,46 triệu tấn cà phê, kim ngạch đạt 5,48 tỷ USD, tăng 32,6% so với niên vụ trước. Trong đó, cà phê chế biến (rang xay, hòa tan) đạt 812 triệu USD, chiếm 14,8% kim ngạch.

Cả nước hiện có 172 cơ sở chế biến cà phê nhân xuất khẩu, 14 nhà máy cà phê hòa tan với tổng công suất 73.000 tấn sản phẩm/năm và hơn 3.000 cơ sở rang xay quy mô vừa và nhỏ. Các địa phương có nhiều cơ sở rang xay nhất lần lượt là Đắk Lắk (612 cơ sở), Lâm Đồng (438 cơ sở) và Gia Lai (305 cơ sở).

Việt Nam hiện là nước xuất khẩu cà phê lớn thứ 2 thế giới, song tỷ lệ cà phê chế biến sâu mới đạt khoảng 12% sản lượng. Diện tích cà phê đặc sản cả nước ước khoảng 4.500 ha, chủ yếu tại Lâm Đồng, Sơn La, Quảng Trị. Giá cà phê đặc sản thường cao hơn cà phê thông thường từ 30 đến 50%.

Theo Quyết định số 3417/QĐ-BNN-CBTTNS, đến năm 2030, tỷ lệ cà phê chế biến sâu đạt trên 30%, cà phê đặc sản chiếm ít nhất 10% sản lượng; kim ngạch xuất khẩu cà phê đạt 6 tỷ USD. Cục sẽ phối hợp tổ chức Cuộc thi cà phê đặc sản Việt Nam lần thứ 5 vào tháng 3/2025 tại TP Buôn Ma Thuột.

Bài viết liên quan:
- Hội nghị xúc tiến thương mại cà phê năm 2024
- Tập huấn tiêu chuẩn TCVN 4193:2014 về cà phê nhân

CỤC CHẾ BIẾN VÀ PHÁT TRIỂN THỊ TRƯỜNG NÔNG SẢN
Địa chỉ: Số 10 Nguyễn Công Hoan, Ba Đình, Hà Nội | Điện thoại: 024.3734.5127
"""

NV = P("niên vụ 2023/2024 (từ 1/10/2023 đến 30/9/2024)", "2023-10-01", "2024-09-30")
T30 = P("đến năm 2030", None, "2030-12-31")
LIST = "cơ sở rang xay"

FIGS = [
    F("khoảng 1,46 triệu tấn", "1,46", 1.46e6, "measure", "tấn", approx="about",
      subject="cà phê xuất khẩu", period=NV),
    F("đạt 5,48 tỷ USD", "5,48", 5.48e9, "money", "USD", change=C("increase", 32.6, "%", "niên vụ trước"),
      subject="kim ngạch xuất khẩu cà phê", period=NV),
    F("đạt 812 triệu USD", "812", 812e6, "money", "USD", total=5.48e9, percent=14.8,
      subject="kim ngạch xuất khẩu cà phê chế biến (rang xay, hòa tan)", period=I(NV)),
    F("có 172 cơ sở", "172", 172, "count", "cơ sở", subject="cơ sở chế biến cà phê nhân xuất khẩu"),
    F("14 nhà máy", "14", 14, "count", "nhà máy", subject="nhà máy cà phê hòa tan"),
    F("công suất 73.000 tấn", "73.000", 73000, "measure", "tấn/năm",
      subject="tổng công suất nhà máy cà phê hòa tan"),
    F("hơn 3.000 cơ sở", "3.000", 3000, "count", "cơ sở", approx="over",
      subject="cơ sở rang xay quy mô vừa và nhỏ"),
    F("Đắk Lắk (612 cơ sở)", "612", 612, "count", "cơ sở", subject=LIST, location="Đắk Lắk"),
    F("Lâm Đồng (438 cơ sở)", "438", 438, "count", "cơ sở", subject=LIST, location="Lâm Đồng"),
    F("Gia Lai (305 cơ sở)", "305", 305, "count", "cơ sở", subject=LIST, location="Gia Lai"),
    F("lớn thứ 2", "2", 2, "rank", "hạng", subject="nước xuất khẩu cà phê thế giới"),
    F("khoảng 12%", "12", 12, "percent", "%", approx="about", subject="tỷ lệ cà phê chế biến sâu"),
    F("ước khoảng 4.500 ha", "4.500", 4500, "measure", "ha", approx="about", status="estimate",
      subject="diện tích cà phê đặc sản"),
    F("từ 30 đến 50%", "30", 30, "percent", "%", value_max=50,
      subject="mức giá cà phê đặc sản cao hơn cà phê thông thường"),
    F("trên 30%", "30", 30, "percent", "%", approx="over", status="target",
      subject="tỷ lệ cà phê chế biến sâu", period=T30),
    F("ít nhất 10%", "10", 10, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ cà phê đặc sản trong sản lượng", period=T30),
    F("đạt 6 tỷ USD", "6", 6e9, "money", "USD", status="target",
      subject="kim ngạch xuất khẩu cà phê", period=T30),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT / Cục Chế biến và PTTT nông sản): breadcrumb, 'Ngày đăng: 18/11/2024 | Lượt xem: 963', related links, address footer.",
    "National article: default location Việt Nam. The ranking list 'lần lượt là Đắk Lắk (612 cơ sở) …' gives each item its province as location.",
    "'chủ yếu tại Lâm Đồng, Sơn La, Quảng Trị' after a national figure does not make it provincial.",
    "Crop year stated with its dates: 2023-10-01..2024-09-30. 812 triệu USD is part of 5,48 tỷ USD ('Trong đó'), with share 14,8%.",
    "'từ 30 đến 50%' is a price premium standing as the claim: percent figure, no change object. 'lớn thứ 2 thế giới' is a rank.",
    "Targets 'đến năm 2030' (start null, end 2030-12-31); the status carries across ',' and ';' of the same sentence.",
    "revised after the first run: unit of 73.000 'tấn sản phẩm/năm' -> 'tấn/năm' (FIGURES.md: the shortest noun phrase; 'sản phẩm' is not the measure unit).",
    "Distractors: Quyết định số 3417/QĐ-BNN-CBTTNS, 'lần thứ 5', 'tháng 3/2025' (event date), 'TCVN 4193:2014', 'Số 10 Nguyễn Công Hoan', phone, 'Lượt xem: 963'.",
]

if __name__ == "__main__":
    write("p1157-4", TEXT, NOTES, FIGS, published="2024-11-18", location="Việt Nam")
