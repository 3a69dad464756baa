"""p1251-2: district portal (huyện Tam Nông, Đồng Tháp): waterbird survey at Vườn quốc gia Tràm Chim, sếu đầu đỏ."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TAM NÔNG - TỈNH ĐỒNG THÁP
Trang chủ | Tin tức | Kinh tế | Văn hóa - Xã hội | Văn bản

Tràm Chim: đàn chim nước tăng mạnh sau mùa nước nổi

Ngày đăng: 21/02/2024 | 08:40

Kết quả đợt điều tra chim nước tháng 1/2024 tại Vườn quốc gia Tràm Chim ghi nhận 112 loài với khoảng 18.500 cá thể, tăng khoảng 3.200 cá thể so với đợt điều tra tháng 1/2023. Đáng chú ý, nhóm cò, diệc chiếm gần 60% tổng số cá thể; có 14 loài chim quý hiếm, trong đó 2 loài ở mức nguy cấp toàn cầu.

Vườn quốc gia Tràm Chim rộng 7.313 ha, chia thành 5 phân khu (A1, A2, A3, A4 và A5). Năm 2023, đơn vị duy trì mực nước trong các phân khu ở mức 1,2-1,5 m vào mùa khô để hạn chế cháy rừng.

Về chương trình phục hồi sếu đầu đỏ, tháng 3/2023 Vườn đã thả 5 cá thể sếu ra môi trường tự nhiên sau thời gian nuôi thích nghi. Mục tiêu đến năm 2032, quần thể sếu tại Tràm Chim đạt ít nhất 100 cá thể.

Năm 2023, Vườn đón hơn 41.000 lượt khách, doanh thu du lịch đạt 4,6 tỷ đồng, gấp 1,4 lần năm 2022. UBND huyện hỗ trợ 320 hộ dân vùng đệm tham gia bảo vệ rừng với mức 5 triệu đồng/hộ/năm. Năm 2024, huyện phấn đấu giảm 50% số vụ vi phạm trong vùng lõi so với năm 2023.

Nguồn: Phòng Tài nguyên và Môi trường huyện

Tin khác:
- Tam Nông tổ chức Hội thi tìm hiểu pháp luật về lâm nghiệp
- Xã Phú Thọ ra mắt tổ bảo vệ chim tự quản

Địa chỉ: Khóm 3, thị trấn Tràm Chim, huyện Tam Nông. ĐT: 0277.3827.151
"""

M1 = per("tháng 1/2024", "2024-01-01", "2024-01-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M3 = per("tháng 3/2023", "2023-03-01", "2023-03-31")
T32 = per("đến năm 2032", None, "2032-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("ghi nhận 112 loài", "112", 112, "count", "loài", subject="loài chim nước ghi nhận", period=M1),
    fig("khoảng 18.500 cá thể", "18.500", 18500, "count", "cá thể", approx="about",
        change=chg("increase", 3200, "cá thể", "đợt điều tra tháng 1/2023", approx="about"),
        subject="cá thể chim nước", period=M1),
    fig("gần 60%", "60", 60, "percent", "%", approx="nearly",
        subject="nhóm cò, diệc trong tổng số cá thể chim nước", period=inh(M1)),
    fig("có 14 loài", "14", 14, "count", "loài", subject="loài chim quý hiếm", period=inh(M1)),
    fig("2 loài ở mức", "2", 2, "count", "loài", total=14, subject="loài ở mức nguy cấp toàn cầu",
        period=inh(M1)),
    fig("rộng 7.313 ha", "7.313", 7313, "measure", "ha", subject="diện tích Vườn quốc gia Tràm Chim"),
    fig("thành 5 phân khu", "5", 5, "count", "phân khu", subject="phân khu của Vườn quốc gia Tràm Chim"),
    fig("mức 1,2-1,5 m", "1,2", 1.2, "measure", "m", value_max=1.5,
        subject="mực nước trong các phân khu vào mùa khô", period=Y23),
    fig("thả 5 cá thể", "5", 5, "count", "cá thể", subject="cá thể sếu thả ra môi trường tự nhiên", period=M3),
    fig("ít nhất 100 cá thể", "100", 100, "count", "cá thể", approx="at_least", status="target",
        subject="quần thể sếu tại Tràm Chim", period=T32),
    fig("hơn 41.000 lượt", "41.000", 41000, "count", "lượt khách", approx="over",
        subject="lượt khách Vườn đón", period=Y23),
    fig("đạt 4,6 tỷ", "4,6", 4.6e9, "money", "đồng", change=chg("increase", 1.4, "lần", "năm 2022"),
        subject="doanh thu du lịch", period=Y23),
    fig("hỗ trợ 320 hộ", "320", 320, "count", "hộ",
        subject="hộ dân vùng đệm được hỗ trợ tham gia bảo vệ rừng", period=inh(Y23)),
    fig("mức 5 triệu", "5", 5e6, "money", "đồng/hộ/năm", subject="mức hỗ trợ hộ dân vùng đệm",
        period=inh(Y23)),
    fig("giảm 50%", "50", 50, "percent", "%", status="target",
        subject="số vụ vi phạm trong vùng lõi", period=Y24),
]

NOTES = [
    "District portal (huyện Tam Nông, Đồng Tháp): banner naming the district, menu, 'Ngày đăng: 21/02/2024 | 08:40', 'Tin khác', address footer.",
    "Distractors: 08:40, phân khu names 'A1, A2, A3, A4 và A5', 'Khóm 3', phone 0277.3827.151, 'Xã Phú Thọ'.",
    "Vườn quốc gia Tràm Chim lies in huyện Tam Nông: location Tam Nông for every figure (district portal).",
    "'tăng khoảng 3.200 cá thể so với đợt điều tra tháng 1/2023' is the change of 18.500 (unit cá thể, about).",
    "'nhóm cò, diệc chiếm gần 60% tổng số cá thể' (no base amount in the clause) is a percent figure of its own; period inherited.",
    "'gấp 1,4 lần năm 2022' → change increase 1,4 lần. 'phấn đấu giảm 50% số vụ vi phạm' → a percent target, no change object.",
    "'Mục tiêu đến năm 2032 ... ít nhất 100 cá thể' → target, at_least, period end 2032-12-31.",
]

if __name__ == "__main__":
    write("p1251-2", TEXT, NOTES, FIGS, published="2024-02-21", location="Tam Nông")
