"""p1146-2: district portal (huyện Yên Thành, Nghệ An): small slaughter points, two slaughterhouses, a co-op's facility."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN THÀNH
Trang chủ | Tin tức | Kinh tế | Nông nghiệp

Yên Thành: Gần 190 điểm giết mổ nhỏ lẻ chưa được kiểm soát

Thứ Ba, 12/03/2024 - 09:15

Theo Trạm Chăn nuôi và Thú y huyện, hiện trên địa bàn huyện Yên Thành có 214 điểm giết mổ gia súc nhỏ lẻ nằm xen trong khu dân cư, trong đó mới có 26 điểm được kiểm soát giết mổ, chiếm 12,1%. Các xã có nhiều điểm giết mổ nhất là Hợp Thành, Tăng Thành và Bảo Thành với lần lượt 19, 16 và 14 điểm. Mỗi điểm nhỏ lẻ giết mổ từ 3 đến 10 con lợn/đêm, chủ yếu làm thủ công trên nền xi măng, nước thải xả thẳng ra mương.

Cả huyện chỉ có hai cơ sở giết mổ tập trung, tổng công suất 350 con lợn và 30 con trâu, bò mỗi ngày đêm, song mới hoạt động khoảng 40% công suất. Năm 2023, lượng gia súc giết mổ trên địa bàn ước đạt 96.000 con lợn và 7.800 con trâu, bò; trong đó số lợn giết mổ tại cơ sở tập trung chỉ 21.500 con.

Tại xã Công Thành, cơ sở giết mổ tập trung của Hợp tác xã Dịch vụ nông nghiệp Công Thành được đầu tư 4,2 tỷ đồng trên diện tích 3.500 m2. Cơ sở có 12 lao động, mỗi đêm giết mổ bình quân 120 con lợn, tăng 35 con so với năm 2022. Chủ hàng trả phí giết mổ 60.000 đồng/con.

Hai tháng đầu năm 2024, Đội kiểm tra liên ngành của huyện đã kiểm tra 38 lượt, lập biên bản 9 trường hợp vi phạm, phạt tiền 46,5 triệu đồng, tăng 18 triệu đồng so với cùng kỳ.

Huyện dự kiến xây dựng thêm một cơ sở giết mổ tập trung tại xã Tăng Thành, công suất 200 con lợn/ngày đêm, tổng vốn khoảng 9 tỷ đồng; phấn đấu đến năm 2025 tỷ lệ gia súc giết mổ được kiểm soát đạt trên 70%.

Quang Hưng (Trạm CN&TY huyện)
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
M2 = P("Hai tháng đầu năm 2024", "2024-01-01", "2024-02-29")
TO25 = P("đến năm 2025", None, "2025-12-31")
LIST = "điểm giết mổ nhỏ lẻ"

FIGS = [
    F("Gần 190 điểm", "190", 190, "count", "điểm", approx="nearly",
      subject="điểm giết mổ nhỏ lẻ chưa được kiểm soát"),
    F("có 214 điểm", "214", 214, "count", "điểm", subject="điểm giết mổ gia súc nhỏ lẻ"),
    F("mới có 26 điểm", "26", 26, "count", "điểm", total=214, percent=12.1,
      subject="điểm giết mổ nhỏ lẻ được kiểm soát giết mổ"),
    F("với lần lượt 19", "19", 19, "count", "điểm", subject=f"{LIST} xã Hợp Thành"),
    F("19, 16 và", "16", 16, "count", "điểm", subject=f"{LIST} xã Tăng Thành"),
    F("và 14 điểm", "14", 14, "count", "điểm", subject=f"{LIST} xã Bảo Thành"),
    F("từ 3 đến 10 con", "3", 3, "measure", "con lợn/đêm", value_max=10,
      subject="lợn giết mổ mỗi đêm tại mỗi điểm nhỏ lẻ"),
    F("có hai cơ sở", "hai", 2, "count", "cơ sở", subject="cơ sở giết mổ tập trung"),
    F("công suất 350 con", "350", 350, "measure", "con lợn/ngày đêm",
      subject="tổng công suất giết mổ lợn của các cơ sở giết mổ tập trung"),
    F("và 30 con trâu", "30", 30, "measure", "con trâu, bò/ngày đêm",
      subject="tổng công suất giết mổ trâu, bò của các cơ sở giết mổ tập trung"),
    F("khoảng 40% công suất", "40", 40, "percent", "%", approx="about",
      subject="mức hoạt động so với công suất của các cơ sở giết mổ tập trung"),
    F("ước đạt 96.000 con", "96.000", 96000, "count", "con lợn", status="estimate",
      subject="lợn giết mổ trên địa bàn", period=Y23),
    F("7.800 con trâu", "7.800", 7800, "count", "con trâu, bò", status="estimate",
      subject="trâu, bò giết mổ trên địa bàn", period=Y23),
    F("chỉ 21.500 con", "21.500", 21500, "count", "con", total=96000, status="estimate",
      subject="lợn giết mổ tại cơ sở tập trung", period=Y23),
    F("đầu tư 4,2 tỷ đồng", "4,2", 4200000000, "money", "đồng",
      subject="vốn đầu tư cơ sở giết mổ tập trung của Hợp tác xã Dịch vụ nông nghiệp Công Thành"),
    F("3.500 m2", "3.500", 3500, "measure", "m2", subject="diện tích cơ sở giết mổ tập trung Công Thành"),
    F("có 12 lao động", "12", 12, "count", "lao động", subject="lao động của cơ sở giết mổ Công Thành"),
    F("bình quân 120 con", "120", 120, "measure", "con lợn/đêm",
      change=C("increase", 35, "con", "năm 2022"),
      subject="lợn giết mổ bình quân mỗi đêm tại cơ sở Công Thành"),
    F("60.000 đồng/con", "60.000", 60000, "money", "đồng/con", subject="phí giết mổ"),
    F("kiểm tra 38 lượt", "38", 38, "count", "lượt",
      subject="lượt kiểm tra của Đội kiểm tra liên ngành", period=M2),
    F("biên bản 9 trường hợp", "9", 9, "count", "trường hợp",
      subject="trường hợp vi phạm bị lập biên bản", period=M2),
    F("phạt tiền 46,5 triệu", "46,5", 46500000, "money", "đồng",
      change=C("increase", 18000000, "đồng", "cùng kỳ"), subject="tiền phạt", period=M2),
    F("thêm một cơ sở", "một", 1, "count", "cơ sở", status="forecast",
      subject="cơ sở giết mổ tập trung xây dựng thêm"),
    F("200 con lợn/ngày đêm", "200", 200, "measure", "con lợn/ngày đêm", status="forecast",
      subject="công suất cơ sở giết mổ tập trung xây dựng thêm tại xã Tăng Thành"),
    F("khoảng 9 tỷ", "9", 9000000000, "money", "đồng", approx="about", status="forecast",
      subject="tổng vốn cơ sở giết mổ tập trung xây dựng thêm"),
    F("đạt trên 70%", "70", 70, "percent", "%", approx="over", status="target",
      subject="tỷ lệ gia súc giết mổ được kiểm soát", period=TO25),
]

NOTES = [
    "District portal (huyện Yên Thành, Nghệ An): small slaughter points, 'Thứ Ba, 12/03/2024 - 09:15', byline at the end.",
    "Distractors: time 09:15, 'Trạm CN&TY', commune names. Communes are not places of the contract: location stays Yên Thành.",
    "26 of 214 after 'trong đó' (total 214, 'chiếm 12,1%' its percent). 21.500 con is the part of 96.000 lợn after '; trong đó',",
    "   and it continues the 'ước đạt' clause (estimate). Number words: 'hai cơ sở', 'thêm một cơ sở'.",
    "'tăng 35 con so với năm 2022' and 'tăng 18 triệu đồng so với cùng kỳ' are changes in absolute units.",
    "'dự kiến' governs the facility figures (forecast); 'phấn đấu đến năm 2025' the 70% (target).",
]

if __name__ == "__main__":
    write("p1146-2", TEXT, NOTES, FIGS, published="2024-03-12", location="Yên Thành")
