"""p1532-4: ministry site (Bộ NN&PTNT): làng nghề gốm, đất nung and ceramics exports, national."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Phát triển nông thôn

Phát triển làng nghề gốm, đất nung gắn với bảo vệ môi trường

Ngày đăng: 20/05/2024 | Nguồn: Cục Kinh tế hợp tác và PTNT

Theo Cục Kinh tế hợp tác và Phát triển nông thôn, đến hết năm 2023, cả nước có 1.951 làng nghề, làng nghề truyền thống được công nhận, trong đó nhóm gốm sứ, đất nung có 137 làng. Các làng nghề gốm, đất nung thu hút khoảng 65.000 lao động, thu nhập bình quân từ 5 đến 7 triệu đồng/người/tháng.

Năm 2023, kim ngạch xuất khẩu sản phẩm gốm sứ của Việt Nam đạt 595 triệu USD, giảm 8,4% so với năm 2022; trong đó đồ gốm đất nung gia dụng như nồi, chậu, bình đạt khoảng 86 triệu USD. Hoa Kỳ, Nhật Bản và Hàn Quốc là các thị trường lớn nhất, lần lượt chiếm 32%, 14% và 9% tổng kim ngạch. Việt Nam hiện đứng thứ hai khu vực ASEAN về kim ngạch xuất khẩu gốm sứ. Bốn tháng đầu năm 2024, xuất khẩu gốm sứ ước đạt 212 triệu USD, tăng 11,3% so với cùng kỳ.

Tuy vậy, khảo sát của Cục tại 12 tỉnh cho thấy khoảng 40% cơ sở sản xuất nồi đất, gốm đất nung vẫn dùng lò thủ công đốt củi, than; chỉ 23/137 làng nghề gốm có hệ thống xử lý khí thải.

Theo Chương trình bảo tồn và phát triển làng nghề Việt Nam giai đoạn 2021-2030 (Quyết định số 801/QĐ-TTg), đến năm 2030 phấn đấu 70% làng nghề gốm, đất nung đạt tiêu chí về bảo vệ môi trường, mỗi làng nghề có ít nhất một sản phẩm OCOP. Năm 2024, Bộ dự kiến hỗ trợ 8 địa phương xây dựng mô hình lò nung gas tiết kiệm năng lượng với tổng kinh phí khoảng 12 tỷ đồng.

Bản quyền thuộc Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, quận Ba Đình, Hà Nội | Điện thoại: 024.3845.9670
"""

ASOF = per("đến hết năm 2023", None, "2023-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M4 = per("Bốn tháng đầu năm 2024", "2024-01-01", "2024-04-30")
T30 = per("đến năm 2030", None, "2030-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
SHARE = "tỷ trọng trong tổng kim ngạch xuất khẩu gốm sứ của thị trường "

FIGS = [
    fig("có 1.951 làng", "1.951", 1951, "count", "làng nghề",
        subject="làng nghề, làng nghề truyền thống được công nhận", period=ASOF),
    fig("có 137 làng", "137", 137, "count", "làng", total=1951,
        subject="làng nghề nhóm gốm sứ, đất nung", period=ASOF),
    fig("khoảng 65.000 lao động", "65.000", 65000, "count", "lao động", approx="about",
        subject="lao động các làng nghề gốm, đất nung"),
    fig("từ 5 đến 7 triệu", "5", 5e6, "money", "đồng/người/tháng", value_max=7e6,
        subject="thu nhập bình quân lao động làng nghề gốm, đất nung"),
    fig("đạt 595 triệu", "595", 595e6, "money", "USD", change=chg("decrease", 8.4, "%", "năm 2022"),
        subject="kim ngạch xuất khẩu sản phẩm gốm sứ", period=Y23),
    fig("khoảng 86 triệu", "86", 86e6, "money", "USD", approx="about", total=595e6,
        subject="kim ngạch xuất khẩu đồ gốm đất nung gia dụng", period=Y23),
    fig("lần lượt chiếm 32%", "32", 32, "percent", "%", subject=SHARE + "Hoa Kỳ", period=inh(Y23)),
    fig("14% và", "14", 14, "percent", "%", subject=SHARE + "Nhật Bản", period=inh(Y23)),
    fig("và 9% tổng", "9", 9, "percent", "%", subject=SHARE + "Hàn Quốc", period=inh(Y23)),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng",
        subject="kim ngạch xuất khẩu gốm sứ trong khu vực ASEAN"),
    fig("ước đạt 212 triệu", "212", 212e6, "money", "USD", status="estimate",
        change=chg("increase", 11.3, "%", "cùng kỳ"), subject="xuất khẩu gốm sứ", period=M4),
    fig("tại 12 tỉnh", "12", 12, "count", "tỉnh", subject="tỉnh được Cục khảo sát"),
    fig("khoảng 40%", "40", 40, "percent", "%", approx="about",
        subject="cơ sở sản xuất nồi đất, gốm đất nung dùng lò thủ công đốt củi, than"),
    fig("23/137", "23", 23, "count", "làng nghề", total=137,
        subject="làng nghề gốm có hệ thống xử lý khí thải"),
    fig("phấn đấu 70%", "70", 70, "percent", "%", status="target",
        subject="làng nghề gốm, đất nung đạt tiêu chí về bảo vệ môi trường", period=T30),
    fig("ít nhất một sản phẩm", "một", 1, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm OCOP của mỗi làng nghề", period=T30),
    fig("hỗ trợ 8 địa phương", "8", 8, "count", "địa phương", status="forecast",
        subject="địa phương được hỗ trợ xây dựng mô hình lò nung gas", period=Y24),
    fig("khoảng 12 tỷ", "12", 12e9, "money", "đồng", approx="about", status="forecast",
        subject="tổng kinh phí hỗ trợ mô hình lò nung gas", period=Y24),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): breadcrumb, 'Ngày đăng: 20/05/2024 | Nguồn: …', copyright footer with address and phone. All figures national: Việt Nam.",
    "Distractors: 'giai đoạn 2021-2030', 'Quyết định số 801/QĐ-TTg', 'Số 2 Ngọc Hà', phone 024.3845.9670, number word 'Bốn' inside a period.",
    "'đến hết năm 2023' is an as-of date (start null) for 1.951 and 137 ('trong đó' → total 1.951). '23/137 làng nghề' → total 137.",
    "'trong đó đồ gốm đất nung gia dụng … khoảng 86 triệu USD' follows 595 triệu USD (same indicator, same year): total 595 triệu.",
    "'lần lượt chiếm 32%, 14% và 9%' is a list of shares: three percent figures; the trade partners are not locations (spec), so they stay in the subject.",
    "'đứng thứ hai khu vực ASEAN' is a rank (number word). Standing figures (65.000 lao động, wages, 'hiện') have no period.",
    "'đến năm 2030 phấn đấu' governs both clauses (70%, 'ít nhất một sản phẩm'); 'Năm 2024, Bộ dự kiến' gives forecast to 8 địa phương and 12 tỷ.",
]

if __name__ == "__main__":
    write("p1532-4", TEXT, NOTES, FIGS, published="2024-05-20", location="Việt Nam")
