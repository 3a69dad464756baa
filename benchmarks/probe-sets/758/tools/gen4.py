"""p758-4: Cục Chăn nuôi (Bộ NN&PTNT) ministry site — national horse herd, white-horse gene conservation."""
from lib import emit, fig, per, inh, year, chg

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN - CỤC CHĂN NUÔI
Trang chủ / Tin tức / Giống vật nuôi
Ngày đăng: 22/11/2023

Bảo tồn và phát triển nguồn gen ngựa bạch, ngựa bản địa

Theo số liệu của Cục Chăn nuôi, tính đến ngày 1/10/2023 tổng đàn ngựa cả nước còn khoảng 48.700 con, giảm 3,8% so với cùng thời điểm năm 2022. Đàn ngựa tập trung chủ yếu ở các tỉnh trung du, miền núi phía Bắc, chiếm 82,6% tổng đàn; dẫn đầu là Hà Giang (9.850 con), Cao Bằng (8.420 con), Lào Cai (6.930 con) và Lạng Sơn (4.760 con).

Ngựa bạch là nguồn gen quý. Hiện cả nước có 3.215 con ngựa bạch, trong đó Thái Nguyên nuôi nhiều nhất với 1.080 con, xếp thứ 1 toàn quốc; Cao Bằng đứng thứ 2 với 845 con.

Thực hiện Quyết định số 1520/QĐ-BNN-CN ngày 6/6/2022, giai đoạn 2021-2023 Bộ đã hỗ trợ 7 tỉnh thực hiện nhiệm vụ bảo tồn nguồn gen vật nuôi với tổng kinh phí 12,5 tỷ đồng, trong đó nhiệm vụ bảo tồn ngựa bạch là 3,2 tỷ đồng. Giá ngựa bạch giống hiện từ 35 đến 45 triệu đồng/con. Hiệu quả kinh tế của nuôi ngựa bạch gấp 1,8 lần so với nuôi ngựa thường.

Mục tiêu đến năm 2030, đàn ngựa bạch cả nước đạt 5.000 con, tỷ lệ ngựa bạch thuần chủng đạt từ 70% trở lên; mỗi tỉnh vùng trung du, miền núi phía Bắc có ít nhất 1 cơ sở nhân giống ngựa đạt chuẩn.

Cục Chăn nuôi - Số 16 Thụy Khuê, Tây Hồ, Hà Nội. Điện thoại: 024.3734.5443
"""

ASOF = per("tính đến ngày 1/10/2023", None, "2023-10-01")
GD = per("giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("khoảng 48.700 con", "48.700", 48700, "count", "con", "tổng đàn ngựa cả nước", ASOF, approx="about",
        change=chg("decrease", 3.8, "%", "cùng thời điểm năm 2022")),
    fig("chiếm 82,6% tổng đàn", "82,6", 82.6, "percent", "%",
        "tỷ trọng đàn ngựa các tỉnh trung du, miền núi phía Bắc trong tổng đàn", inh(ASOF)),
    fig("Hà Giang (9.850 con)", "9.850", 9850, "count", "con", "đàn ngựa", inh(ASOF), location="Hà Giang"),
    fig("Cao Bằng (8.420 con)", "8.420", 8420, "count", "con", "đàn ngựa", inh(ASOF), location="Cao Bằng"),
    fig("Lào Cai (6.930 con)", "6.930", 6930, "count", "con", "đàn ngựa", inh(ASOF), location="Lào Cai"),
    fig("Lạng Sơn (4.760 con)", "4.760", 4760, "count", "con", "đàn ngựa", inh(ASOF), location="Lạng Sơn"),
    fig("có 3.215 con", "3.215", 3215, "count", "con", "ngựa bạch cả nước"),
    fig("với 1.080 con", "1.080", 1080, "count", "con", "ngựa bạch", total=3215, location="Thái Nguyên"),
    fig("xếp thứ 1 toàn quốc", "1", 1, "rank", "hạng", "số ngựa bạch nuôi", location="Thái Nguyên"),
    fig("đứng thứ 2", "2", 2, "rank", "hạng", "số ngựa bạch nuôi", location="Cao Bằng"),
    fig("với 845 con", "845", 845, "count", "con", "ngựa bạch", total=3215, location="Cao Bằng"),
    fig("hỗ trợ 7 tỉnh", "7", 7, "count", "tỉnh", "tỉnh được hỗ trợ thực hiện nhiệm vụ bảo tồn nguồn gen vật nuôi", GD),
    fig("tổng kinh phí 12,5 tỷ đồng", "12,5", 12.5e9, "money", "đồng",
        "tổng kinh phí hỗ trợ nhiệm vụ bảo tồn nguồn gen vật nuôi", GD),
    fig("là 3,2 tỷ đồng", "3,2", 3.2e9, "money", "đồng", "kinh phí nhiệm vụ bảo tồn ngựa bạch", GD, total=12.5e9),
    fig("từ 35 đến 45 triệu đồng/con", "35", 35e6, "money", "đồng/con", "giá ngựa bạch giống", value_max=45e6),
    fig("gấp 1,8 lần", "1,8", 1.8, "multiple", "lần", "hiệu quả kinh tế của nuôi ngựa bạch so với nuôi ngựa thường"),
    fig("đạt 5.000 con", "5.000", 5000, "count", "con", "đàn ngựa bạch cả nước", T30, status="target"),
    fig("từ 70% trở lên", "70", 70, "percent", "%", "tỷ lệ ngựa bạch thuần chủng", T30, approx="at_least",
        status="target"),
    fig("ít nhất 1 cơ sở", "1", 1, "count", "cơ sở", "cơ sở nhân giống ngựa đạt chuẩn mỗi tỉnh", T30,
        approx="at_least", status="target"),
]

COMMENTS = [
    "Cục Chăn nuôi (Bộ NN&PTNT) site, 'Ngày đăng: 22/11/2023': national horse herd at 1/10/2023, provinces, white horses, gene funds, 2030 targets.",
    "Location Việt Nam (national figures, a count of provinces); list items Hà Giang … Lạng Sơn, Thái Nguyên, Cao Bằng are their locations.",
    "'chiếm 82,6% tổng đàn' has no base amount: its own percent figure. The province list after 'dẫn đầu là' follows no cue: no total.",
    "1.080 and 845 white horses are parts after 'trong đó' of 3.215 (Cao Bằng's continues the same 'trong đó' after ';').",
    "'gấp 1,8 lần' stands alone as the claim: multiple. 'từ 70% trở lên' / 'ít nhất 1' read as at_least.",
    "'Hiện' sentences give no period. Distractors: Quyết định số 1520/QĐ-BNN-CN ngày 6/6/2022, 'Số 16 Thụy Khuê', phone 024.3734.5443.",
]

if __name__ == "__main__":
    emit("p758-4", TEXT, COMMENTS, FIGS, published="2023-11-22", location="Việt Nam")
