"""p1146-7: department site (Chi cục Chăn nuôi và Thú y Quảng Nam), no dateline, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH QUẢNG NAM
CHI CỤC CHĂN NUÔI VÀ THÚ Y
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Hỏi đáp

Kiểm soát giết mổ: chuyển biến rõ ở các đô thị

Quảng Nam hiện có 7 cơ sở giết mổ gia súc tập trung được cấp giấy chứng nhận đủ điều kiện vệ sinh thú y, tập trung tại TP Tam Kỳ, TP Hội An và thị xã Điện Bàn. Năm 2023, lượng gia súc được kiểm soát giết mổ đạt 186.540 con, bằng 103,6% kế hoạch; tỷ lệ thịt gia súc được đóng dấu kiểm soát tại các đô thị đạt 82%, riêng TP Hội An đạt 96%.

Số gia súc được kiểm soát giết mổ tại các cơ sở tập trung:
Đơn vị tính: con
Loại gia súc
Năm 2022
Năm 2023
Kế hoạch 2024
Lợn
158.230
171.860
180.000
Trâu
2.410
2.275
2.300
Bò
11.905
12.405
13.000
Tổng số
172.545
186.540
195.300

Chi cục bố trí 38 nhân viên thú y làm nhiệm vụ kiểm soát tại các cơ sở giết mổ, mỗi người trực trung bình 5 đêm/tuần. Năm 2023, lực lượng kiểm soát phát hiện 640 kg thịt trâu, bò bị bơm nước, buộc tiêu hủy toàn bộ và xử phạt 84 triệu đồng. Tại huyện Núi Thành vẫn còn khoảng 60 điểm giết mổ nhỏ lẻ hoạt động ban đêm, chủ yếu ở các xã ven Quốc lộ 1A.

Bài viết liên quan:
- Tập huấn kiểm soát giết mổ năm 2023 lần thứ 2
- Phòng chống dịch tả lợn châu Phi: kích hoạt 5 chốt kiểm dịch

CHI CỤC CHĂN NUÔI VÀ THÚ Y TỈNH QUẢNG NAM
Địa chỉ: 02 Trần Hưng Đạo, TP Tam Kỳ, tỉnh Quảng Nam
Điện thoại: 0235.3852.416
Lượt truy cập: 845.210 | Đang online: 19
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
COLS = [("Năm 2022", Y22, "actual"), ("Năm 2023", Y23, "actual"), ("Kế hoạch 2024", K24, "target")]
ROWS = [("Lợn", "lợn", ["158.230", "171.860", "180.000"]),
        ("Trâu", "trâu", ["2.410", "2.275", "2.300"]),
        ("Bò", "bò", ["11.905", "12.405", "13.000"]),
        ("Tổng số", "tổng số gia súc", ["172.545", "186.540", "195.300"])]

TEXT_LINES = TEXT.split("\n")


def cells():
    out = []
    for label, name, nums in ROWS:
        for k, ((col, per, status), num) in enumerate(zip(COLS, nums)):
            prev = label if k == 0 else nums[k - 1]
            anchor = f"{prev}\n{num}"
            out.append(F(anchor, num, float(num.replace(".", "")), "count", "con",
                         subject=f"{name} được kiểm soát giết mổ {col.lower()}", period=per,
                         **({"status": status} if status != "actual" else {})))
    return out


FIGS = [
    F("có 7 cơ sở", "7", 7, "count", "cơ sở",
      subject="cơ sở giết mổ gia súc tập trung được cấp giấy chứng nhận đủ điều kiện vệ sinh thú y"),
    F("đạt 186.540 con", "186.540", 186540, "count", "con", percent=103.6,
      subject="gia súc được kiểm soát giết mổ", period=Y23),
    F("đạt 82%", "82", 82, "percent", "%",
      subject="tỷ lệ thịt gia súc được đóng dấu kiểm soát tại các đô thị", period=Y23),
    F("đạt 96%", "96", 96, "percent", "%",
      subject="tỷ lệ thịt gia súc được đóng dấu kiểm soát", period=Y23, location="Hội An"),
    *cells(),
    F("bố trí 38 nhân viên", "38", 38, "count", "nhân viên",
      subject="nhân viên thú y làm nhiệm vụ kiểm soát tại các cơ sở giết mổ"),
    F("trung bình 5 đêm/tuần", "5", 5, "measure", "đêm/tuần", subject="số đêm trực của mỗi nhân viên"),
    F("phát hiện 640 kg", "640", 640, "measure", "kg",
      subject="thịt trâu, bò bị bơm nước bị phát hiện", period=Y23),
    F("xử phạt 84 triệu", "84", 84000000, "money", "đồng", subject="tiền xử phạt", period=Y23),
    F("khoảng 60 điểm", "60", 60, "count", "điểm", approx="about",
      subject="điểm giết mổ nhỏ lẻ hoạt động ban đêm", location="Núi Thành"),
    F("kích hoạt 5 chốt", "5", 5, "count", "chốt", optional=True, subject="chốt kiểm dịch được kích hoạt"),
]

NOTES = [
    "Department site (Chi cục Chăn nuôi và Thú y Quảng Nam): no dateline; related links, footer address, phone, visit counters.",
    "Distractors: 'Quốc lộ 1A', 'lần thứ 2', 'năm 2023' in a link title; '5 chốt kiểm dịch' in a link title",
    "   is another article's headline figure (optional), '02 Trần Hưng Đạo',",
    "   '0235.3852.416', 'Lượt truy cập: 845.210', 'Đang online: 19'.",
    "One-cell-per-line table, 'Đơn vị tính: con'; subject = caption indicator + row + column label; period from the column",
    "   header; 'Kế hoạch 2024' column -> target. 'Tổng số' row is its own figure; cells get no total.",
    "'bằng 103,6% kế hoạch' -> percent. 'riêng TP Hội An đạt 96%' is a figure of its own, located in Hội An.",
]

if __name__ == "__main__":
    write("p1146-7", TEXT, NOTES, FIGS, location="Quảng Nam")
