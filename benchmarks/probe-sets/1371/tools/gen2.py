"""p1371-2: district portal (huyện Đức Hòa, Long An): fire-safety inspection of petrol stations, network, plan to 2030."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA - TỈNH LONG AN
Trang chủ | Giới thiệu | Tin tức | Công khai ngân sách | Liên hệ

Đức Hòa: Siết chặt an toàn phòng cháy tại các cửa hàng xăng dầu

Ngày đăng: 20/05/2024

Thực hiện Kế hoạch số 215/KH-UBND của UBND huyện, từ ngày 15/4 đến ngày 15/5/2024, Đoàn kiểm tra liên ngành huyện đã kiểm tra công tác phòng cháy, chữa cháy tại 42 cửa hàng xăng dầu trên địa bàn 20 xã, thị trấn.

Trong 42 cửa hàng được kiểm tra, có 35 cửa hàng chấp hành tốt các quy định; 7 cửa hàng còn thiếu sót như bình chữa cháy hết hạn, chưa bố trí đủ cát, xẻng, nội quy và biển cấm lửa bị mờ. Đoàn yêu cầu khắc phục trong 15 ngày, đồng thời xử phạt 2 cơ sở với tổng số tiền 24,5 triệu đồng.

Hiện nay, toàn huyện có 58 cửa hàng xăng dầu đang hoạt động, tăng 4 cửa hàng so với cuối năm 2023, tập trung dọc Quốc lộ N2, các tỉnh lộ 822, 823, 825 và quanh các khu công nghiệp Tân Đức, Hải Sơn. Các cửa hàng có tổng sức chứa khoảng 1.450 m3, mỗi tháng cung ứng bình quân 3.200 m3 xăng dầu cho thị trường.

Ông Trần Văn Lộc, chủ cửa hàng xăng dầu Lộc Phát 2 tại xã Hựu Thạnh, cho biết cửa hàng đã đầu tư 35 triệu đồng để thay mới 10 bình chữa cháy và lắp camera giám sát 24/24 giờ.

Theo quy hoạch, đến năm 2030 huyện phát triển thêm 12 cửa hàng, nâng tổng số lên 70 cửa hàng, ưu tiên bố trí tại các xã Đức Lập Hạ, Mỹ Hạnh Bắc và dọc tuyến Vành đai 4.

Nguồn: Phòng Kinh tế - Hạ tầng huyện

Tin khác:
- Đức Hòa ra quân tổng vệ sinh môi trường đợt 2 năm 2024
- Hội nghị sơ kết công tác quý I/2024

Bản quyền thuộc UBND huyện Đức Hòa
Địa chỉ: Khu phố 4, thị trấn Hậu Nghĩa, huyện Đức Hòa, tỉnh Long An
Điện thoại: 0272.3850.217
"""

INSP = per("từ ngày 15/4 đến ngày 15/5/2024", "2024-04-15", "2024-05-15")
Y2030 = per("đến năm 2030", end="2030-12-31")

FIGS = [
    fig("tại 42 cửa hàng", "42", 42, "count", "cửa hàng",
        subject="cửa hàng xăng dầu được kiểm tra công tác phòng cháy, chữa cháy", period=INSP),
    fig("địa bàn 20 xã", "20", 20, "count", "xã, thị trấn", subject="xã, thị trấn", period=INSP),
    # added after the first run: a restated whole in 'Trong N ...' is a figure (shared gold h13 'Trong 25 chỉ tiêu KTXH').
    fig("Trong 42 cửa hàng", "42", 42, "count", "cửa hàng", subject="cửa hàng được kiểm tra", period=inh(INSP)),
    fig("có 35 cửa hàng", "35", 35, "count", "cửa hàng", total=42,
        subject="cửa hàng chấp hành tốt các quy định", period=inh(INSP)),
    fig("; 7 cửa hàng", "7", 7, "count", "cửa hàng", total=42,
        subject="cửa hàng còn thiếu sót", period=inh(INSP)),
    fig("trong 15 ngày", "15", 15, "measure", "ngày", optional=True,
        subject="thời hạn khắc phục"),
    fig("xử phạt 2 cơ sở", "2", 2, "count", "cơ sở", subject="cơ sở bị xử phạt", period=inh(INSP)),
    fig("tiền 24,5 triệu", "24,5", 24.5e6, "money", "đồng", subject="tổng số tiền xử phạt",
        period=inh(INSP)),
    fig("có 58 cửa hàng", "58", 58, "count", "cửa hàng",
        change=chg("increase", 4, "cửa hàng", "cuối năm 2023"),
        subject="cửa hàng xăng dầu đang hoạt động"),
    fig("khoảng 1.450 m3", "1.450", 1450, "measure", "m3", approx="about",
        subject="tổng sức chứa của các cửa hàng"),
    fig("bình quân 3.200 m3", "3.200", 3200, "measure", "m3/tháng",
        subject="xăng dầu các cửa hàng cung ứng cho thị trường mỗi tháng"),
    fig("đầu tư 35 triệu", "35", 35e6, "money", "đồng",
        subject="tiền cửa hàng xăng dầu Lộc Phát 2 đầu tư thay bình chữa cháy và lắp camera"),
    fig("thay mới 10 bình", "10", 10, "count", "bình chữa cháy", subject="bình chữa cháy thay mới"),
    fig("giám sát 24/24 giờ", "24", 24, "measure", "giờ", total=24, optional=True,
        subject="thời gian camera giám sát"),
    fig("thêm 12 cửa hàng", "12", 12, "count", "cửa hàng", status="target",
        subject="cửa hàng xăng dầu phát triển thêm", period=Y2030),
    fig("lên 70 cửa hàng", "70", 70, "count", "cửa hàng", status="target",
        subject="tổng số cửa hàng xăng dầu", period=Y2030),
]

NOTES = [
    "District portal (huyện Đức Hòa, Long An): banner naming the district, menu, 'Ngày đăng: 20/05/2024', source, 'Tin khác', footer.",
    "Location Đức Hòa for all figures (district portal; xã Hựu Thạnh is a commune inside it).",
    "Distractors: Kế hoạch số 215/KH-UBND, dates 15/4 and 15/5/2024, 'Quốc lộ N2', 'tỉnh lộ 822, 823, 825', 'Lộc Phát 2', 'Vành đai 4', 'đợt 2 năm 2024', 'quý I/2024', 'Khu phố 4', phone.",
    "'Trong 42 cửa hàng được kiểm tra, có 35 ...; 7 ...' → both parts take total 42 (35 + 7 = 42); the restated 42 is a figure too (as 'Trong 25 chỉ tiêu KTXH' in shared gold h13; added after the first run).",
    "'trong 15 ngày' (a deadline) and 'giám sát 24/24 giờ' (round-the-clock idiom) are optional.",
    "'tăng 4 cửa hàng so với cuối năm 2023' → change in cửa hàng; 'Hiện nay' gives no period; 'đến năm 2030' → target, end 2030-12-31.",
    "'mỗi tháng cung ứng bình quân 3.200 m3' → rate m3/tháng.",
]

if __name__ == "__main__":
    write("p1371-2", TEXT, NOTES, FIGS, published="2024-05-20", location="Đức Hòa")
