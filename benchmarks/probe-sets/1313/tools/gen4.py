"""p1313-4: ministry site (Cục Quản lý đê điều và PCTT, Bộ NN&PTNT): national landslide points, kè investment, targets 2030."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
CỤC QUẢN LÝ ĐÊ ĐIỀU VÀ PHÒNG, CHỐNG THIÊN TAI
Trang chủ > Tin tức > Đê điều

Cả nước còn 1.049 điểm sạt lở bờ sông, bờ biển

20/03/2024 | 14:10 | Phòng Quản lý đê điều

Theo số liệu tổng hợp từ các địa phương, tính đến tháng 2/2024, cả nước có 1.049 điểm sạt lở bờ sông, bờ biển với tổng chiều dài khoảng 1.975 km. Trong đó, 906 điểm sạt lở bờ sông, dài 1.331 km, và 143 điểm sạt lở bờ biển, dài 644 km. Số điểm sạt lở đặc biệt nguy hiểm là 225 điểm, chiếm 21,4%.

Đồng bằng sông Cửu Long là khu vực chịu ảnh hưởng nặng nề nhất với 569 điểm, tổng chiều dài hơn 1.000 km. Các địa phương có nhiều điểm sạt lở nhất là Cà Mau (93 điểm), An Giang (51 điểm), Đồng Tháp (47 điểm) và Vĩnh Long (41 điểm).

Giai đoạn 2016-2023, từ nhiều nguồn vốn, các bộ, ngành và địa phương đã đầu tư xây dựng 374 công trình kè chống sạt lở với tổng chiều dài khoảng 520 km, tổng kinh phí trên 21.500 tỷ đồng. Riêng năm 2023, ngân sách trung ương bố trí 2.850 tỷ đồng, tăng 18,7% so với năm 2022, để xử lý cấp bách 46 điểm sạt lở.

Tuy nhiên, nhu cầu vốn để xử lý các điểm sạt lở đặc biệt nguy hiểm và nguy hiểm còn rất lớn, ước khoảng 37.000 tỷ đồng, trong khi khả năng cân đối của ngân sách trung ương mỗi năm chỉ đáp ứng từ 15-20%.

Theo Đề án phòng, chống sạt lở bờ sông, bờ biển đến năm 2030, mục tiêu đến năm 2030 xử lý dứt điểm 100% điểm sạt lở đặc biệt nguy hiểm và ít nhất 70% điểm sạt lở nguy hiểm uy hiếp khu dân cư tập trung.

Tin cùng chuyên mục:
- Hướng dẫn số 09/HD-PCTT về kiểm tra hiện trạng đê điều trước lũ
- Quyết định 957/QĐ-TTg phê duyệt Đề án phòng, chống sạt lở bờ sông, bờ biển

Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội | Điện thoại: 024.3733.5693
"""

FEB = per("tính đến tháng 2/2024", None, "2024-02-29")
P1623 = per("Giai đoạn 2016-2023", "2016-01-01", "2023-12-31")
Y23 = per("Riêng năm 2023", "2023-01-01", "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
DBSCL = "Đồng bằng sông Cửu Long"

FIGS = [
    fig("còn 1.049 điểm", "1.049", 1049, "count", "điểm sạt lở", subject="điểm sạt lở bờ sông, bờ biển"),
    fig("có 1.049 điểm", "1.049", 1049, "count", "điểm sạt lở", subject="điểm sạt lở bờ sông, bờ biển",
        period=FEB),
    fig("khoảng 1.975 km", "1.975", 1975, "measure", "km", approx="about",
        subject="tổng chiều dài điểm sạt lở bờ sông, bờ biển", period=FEB),
    fig("906 điểm", "906", 906, "count", "điểm sạt lở", total=1049, subject="điểm sạt lở bờ sông",
        period=inh(FEB)),
    fig("dài 1.331 km", "1.331", 1331, "measure", "km", total=1975, subject="chiều dài sạt lở bờ sông",
        period=inh(FEB)),
    fig("143 điểm", "143", 143, "count", "điểm sạt lở", total=1049, subject="điểm sạt lở bờ biển",
        period=inh(FEB)),
    fig("dài 644 km", "644", 644, "measure", "km", total=1975, subject="chiều dài sạt lở bờ biển",
        period=inh(FEB)),
    fig("là 225 điểm", "225", 225, "count", "điểm", percent=21.4, subject="số điểm sạt lở đặc biệt nguy hiểm",
        period=inh(FEB)),
    fig("với 569 điểm", "569", 569, "count", "điểm", subject="điểm sạt lở", location=DBSCL),
    fig("hơn 1.000 km", "1.000", 1000, "measure", "km", approx="over", subject="tổng chiều dài sạt lở",
        location=DBSCL),
    fig("Cà Mau (93 điểm)", "93", 93, "count", "điểm", subject="điểm sạt lở", location="Cà Mau"),
    fig("An Giang (51 điểm)", "51", 51, "count", "điểm", subject="điểm sạt lở", location="An Giang"),
    fig("Đồng Tháp (47 điểm)", "47", 47, "count", "điểm", subject="điểm sạt lở", location="Đồng Tháp"),
    fig("Vĩnh Long (41 điểm)", "41", 41, "count", "điểm", subject="điểm sạt lở", location="Vĩnh Long"),
    fig("xây dựng 374 công trình", "374", 374, "count", "công trình", subject="công trình kè chống sạt lở",
        period=P1623),
    fig("khoảng 520 km", "520", 520, "measure", "km", approx="about",
        subject="tổng chiều dài công trình kè chống sạt lở", period=P1623),
    fig("trên 21.500 tỷ", "21.500", 21500e9, "money", "đồng", approx="over", subject="tổng kinh phí",
        period=P1623),
    fig("bố trí 2.850 tỷ", "2.850", 2850e9, "money", "đồng", change=chg("increase", 18.7, "%", "năm 2022"),
        subject="ngân sách trung ương bố trí", period=Y23),
    fig("cấp bách 46 điểm", "46", 46, "count", "điểm sạt lở", subject="điểm sạt lở xử lý cấp bách",
        period=Y23),
    fig("ước khoảng 37.000 tỷ", "37.000", 37000e9, "money", "đồng", approx="about", status="estimate",
        subject="nhu cầu vốn để xử lý các điểm sạt lở đặc biệt nguy hiểm và nguy hiểm"),
    fig("từ 15-20%", "15", 15, "percent", "%", value_max=20,
        subject="khả năng cân đối của ngân sách trung ương mỗi năm đáp ứng"),
    fig("dứt điểm 100%", "100", 100, "percent", "%", status="target",
        subject="điểm sạt lở đặc biệt nguy hiểm xử lý dứt điểm", period=T30),
    fig("ít nhất 70%", "70", 70, "percent", "%", approx="at_least", status="target",
        subject="điểm sạt lở nguy hiểm uy hiếp khu dân cư tập trung xử lý", period=T30),
]

NOTES = [
    "Ministry site (Cục Quản lý đê điều và PCTT, Bộ NN&PTNT): breadcrumb, '20/03/2024 | 14:10 | Phòng Quản lý đê điều', related links, footer.",
    "National figures → location Việt Nam (default). The headline count repeats the body's 1.049 (its own figure, no period).",
    "'Trong đó, 906 điểm ... dài 1.331 km, và 143 điểm ... dài 644 km' → counts take total 1049, lengths take total 1975 (they add up).",
    "'225 điểm, chiếm 21,4%' → percent attribute; no part-of cue, so no total. 'tính đến tháng 2/2024' → end 2024-02-29.",
    "Region 'Đồng bằng sông Cửu Long' is given as location of its two figures (the text names that place; not a province: borderline).",
    "List 'Cà Mau (93 điểm), ...' → subject = the list's indicator, place → location. No period stated in that sentence.",
    "'ước khoảng 37.000 tỷ' → estimate + about; the 'trong khi' clause is a new assertion (actual). 'từ 15-20%' is a range.",
    "'mục tiêu đến năm 2030' → target, start null, end 2030-12-31. 'Đề án ... đến năm 2030' is a name.",
    "Distractors: 14:10, Hướng dẫn số 09/HD-PCTT, Quyết định 957/QĐ-TTg, 'Số 2 Ngọc Hà', phone 024.3733.5693, baseline năm 2022.",
]

if __name__ == "__main__":
    write("p1313-4", TEXT, NOTES, FIGS, published="2024-03-20", location="Việt Nam")
