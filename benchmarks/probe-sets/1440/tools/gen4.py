"""p1440-4: ministry site (Cục An toàn bức xạ và hạt nhân): national occupational dose results 2023."""
from lib import fig, per, inh, chg, write

TEXT = """BỘ KHOA HỌC VÀ CÔNG NGHỆ - CỤC AN TOÀN BỨC XẠ VÀ HẠT NHÂN
Trang chủ » Tin tức » Hoạt động quản lý

Năm 2023: Liều chiếu xạ nghề nghiệp của nhân viên bức xạ tiếp tục ở mức thấp

15/03/2024 | 09:30 | Phòng Quản lý an toàn bức xạ

Theo báo cáo tổng hợp của Cục An toàn bức xạ và hạt nhân, năm 2023 cả nước có 11 tổ chức được chỉ định cung cấp dịch vụ đánh giá liều chiếu xạ cá nhân, thực hiện đọc gần 165.000 lượt liều kế, tăng 6,2% so với năm 2022.

Kết quả cho thấy 97,8% số nhân viên được theo dõi có liều hiệu dụng dưới 5 mSv/năm; chỉ có 36 trường hợp vượt mức điều tra 6 mSv/năm, giảm 11 trường hợp so với năm trước. Không có trường hợp nào vượt giới hạn liều 20 mSv/năm theo Nghị định số 142/2020/NĐ-CP.

Liều hiệu dụng trung bình năm của nhân viên trong lĩnh vực X-quang chẩn đoán y tế là 0,72 mSv, trong khi lĩnh vực chụp ảnh phóng xạ công nghiệp là 1,85 mSv, gấp khoảng 2,6 lần.

Tính đến ngày 31/12/2023, cả nước có 42.360 nhân viên bức xạ, trong đó lĩnh vực y tế chiếm khoảng 68%. Các địa phương có nhiều nhân viên bức xạ nhất lần lượt là TP Hồ Chí Minh (8.940 người), Hà Nội (7.215 người) và Đồng Nai (1.630 người).

Năm 2024, Cục đặt mục tiêu 100% nhân viên bức xạ được theo dõi liều cá nhân; đến năm 2025 hoàn thành cơ sở dữ liệu quốc gia về liều chiếu xạ nghề nghiệp với ít nhất 45.000 hồ sơ.

Địa chỉ: 113 Trần Duy Hưng, Cầu Giấy, Hà Nội | Điện thoại: 024.3942.0190
© Cục An toàn bức xạ và hạt nhân
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
ASOF = per("Tính đến ngày 31/12/2023", None, "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
LIST = "nhân viên bức xạ"

FIGS = [
    fig("có 11 tổ chức", "11", 11, "count", "tổ chức",
        subject="tổ chức được chỉ định cung cấp dịch vụ đánh giá liều chiếu xạ cá nhân", period=Y23),
    fig("gần 165.000 lượt", "165.000", 165000, "count", "lượt liều kế", approx="nearly",
        change=chg("increase", 6.2, "%", "năm 2022"), subject="lượt liều kế được đọc", period=Y23),
    fig("97,8% số nhân viên", "97,8", 97.8, "percent", "%",
        subject="nhân viên được theo dõi có liều hiệu dụng dưới 5 mSv/năm", period=inh(Y23)),
    fig("dưới 5 mSv/năm", "5", 5, "measure", "mSv/năm", approx="under",
        subject="liều hiệu dụng", optional=True),
    fig("có 36 trường hợp", "36", 36, "count", "trường hợp",
        change=chg("decrease", 11, "trường hợp", "năm trước"), subject="trường hợp vượt mức điều tra",
        period=inh(Y23)),
    fig("điều tra 6 mSv/năm", "6", 6, "measure", "mSv/năm", subject="mức điều tra"),
    fig("giới hạn liều 20 mSv/năm", "20", 20, "measure", "mSv/năm", subject="giới hạn liều"),
    fig("là 0,72 mSv", "0,72", 0.72, "measure", "mSv",
        subject="liều hiệu dụng trung bình năm của nhân viên trong lĩnh vực X-quang chẩn đoán y tế",
        period=inh(Y23)),
    fig("là 1,85 mSv", "1,85", 1.85, "measure", "mSv",
        change=chg("increase", 2.6, "lần", "lĩnh vực X-quang chẩn đoán y tế", approx="about"),
        subject="liều hiệu dụng trung bình năm lĩnh vực chụp ảnh phóng xạ công nghiệp", period=inh(Y23)),
    fig("có 42.360 nhân viên", "42.360", 42360, "count", "nhân viên bức xạ", subject="nhân viên bức xạ",
        period=ASOF),
    fig("chiếm khoảng 68%", "68", 68, "percent", "%", approx="about", subject="nhân viên bức xạ lĩnh vực y tế",
        period=ASOF),
    fig("(8.940 người)", "8.940", 8940, "count", "người", subject=LIST, period=inh(ASOF),
        location="TP Hồ Chí Minh"),
    fig("(7.215 người)", "7.215", 7215, "count", "người", subject=LIST, period=inh(ASOF), location="Hà Nội"),
    fig("(1.630 người)", "1.630", 1630, "count", "người", subject=LIST, period=inh(ASOF), location="Đồng Nai"),
    fig("mục tiêu 100%", "100", 100, "percent", "%", status="target",
        subject="nhân viên bức xạ được theo dõi liều cá nhân", period=Y24),
    fig("ít nhất 45.000 hồ sơ", "45.000", 45000, "count", "hồ sơ", approx="at_least", status="target",
        subject="hồ sơ cơ sở dữ liệu quốc gia về liều chiếu xạ nghề nghiệp", period=T25),
]

NOTES = [
    "Ministry site (Cục An toàn bức xạ và hạt nhân, Bộ KH&CN): breadcrumb, '15/03/2024 | 09:30 | Phòng ...', address footer, ©.",
    "National figures: location Việt Nam; the 'lần lượt' list items take their city/province as location, subject = list indicator.",
    "'dưới 5 mSv/năm' bounds the category of the 97,8% share: optional (a threshold inside a subject, under).",
    "'mức điều tra 6 mSv/năm' and 'giới hạn liều 20 mSv/năm' are named regulatory levels: measure figures, no period.",
    "'giảm 11 trường hợp so với năm trước' → change in trường hợp. '1,85 mSv, gấp khoảng 2,6 lần' → change x2.6 (about) vs the 0,72 of X-ray.",
    "'trong đó lĩnh vực y tế chiếm khoảng 68%' has no count of its own: a percent figure.",
    "'Năm 2024, Cục đặt mục tiêu 100%' → target; 'đến năm 2025 ... ít nhất 45.000 hồ sơ' → target, at_least, start null.",
    "Distractors: dateline and time 09:30, Nghị định số 142/2020/NĐ-CP, '113 Trần Duy Hưng', phone 024.3942.0190, headline 'Năm 2023'.",
]

if __name__ == "__main__":
    write("p1440-4", TEXT, NOTES, FIGS, published="2024-03-15", location="Việt Nam")
